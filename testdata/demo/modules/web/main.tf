variable "vpc_id" {
  type = string
}

variable "vpc_cidr" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "alerts_topic_arn" {
  type = string
}

resource "aws_security_group" "alb" {
  name   = "shop-alb"
  vpc_id = var.vpc_id
  tags   = { Project = "shop" }
}

resource "aws_vpc_security_group_ingress_rule" "alb_https" {
  security_group_id = aws_security_group.alb.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
  tags              = { Project = "shop" }
}

resource "aws_vpc_security_group_egress_rule" "alb_to_app" {
  security_group_id = aws_security_group.alb.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = var.vpc_cidr
  tags              = { Project = "shop" }
}

# Planted: internet-facing, and no WAF web ACL association anywhere.
resource "aws_lb" "web" {
  name               = "shop-web"
  load_balancer_type = "application"
  internal           = false
  subnets            = var.public_subnet_ids
  security_groups    = [aws_security_group.alb.id]
  tags               = { Project = "shop" }
}

# Planted: the HTTP redirect listener, while the group admits only 443.
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
  tags = { Project = "shop" }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "503"
    }
  }
  tags = { Project = "shop" }
}

resource "aws_iam_role" "app" {
  name = "shop-app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  tags = { Project = "shop" }
}

resource "aws_iam_role_policy_attachment" "app_ssm" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "app" {
  name = "shop-app"
  role = aws_iam_role.app.name
  tags = { Project = "shop" }
}

resource "aws_launch_template" "app" {
  name_prefix   = "shop-app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  iam_instance_profile {
    name = aws_iam_instance_profile.app.name
  }
  tags = { Project = "shop" }
}

# Planted (low): notifications, but no lifecycle hook to drain instances.
resource "aws_autoscaling_group" "app" {
  name                = "shop-app"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = var.private_subnet_ids
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
  tag {
    key                 = "Project"
    value               = "shop"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_notification" "app" {
  group_names   = [aws_autoscaling_group.app.name]
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
  topic_arn     = var.alerts_topic_arn
}

output "alb_dns_name" {
  value = aws_lb.web.dns_name
}
