# AWS-SG-003: listener ports against the ingress of the load balancer's security groups, in all
# three rule styles, and with the load balancer in another module.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "helper_https_only" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "helper_all" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_security_group_ingress_rule" "helper_all" {
  security_group_id = aws_security_group.helper_all.id
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_security_group" "helper_range" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group_rule" "helper_range" {
  type              = "ingress"
  from_port         = 80
  to_port           = 90
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.helper_range.id
}

resource "aws_lb" "helper_web" {
  name_prefix     = "web-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_https_only.id]
}

resource "aws_lb" "helper_all" {
  name_prefix     = "all-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_all.id]
}

resource "aws_lb" "helper_range" {
  name_prefix     = "rng-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_range.id]
}

resource "aws_lb" "helper_nlb" {
  name_prefix        = "nlb-"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

module "lb" {
  source          = "./modules/lb"
  security_groups = [aws_security_group.helper_https_only.id]
}

resource "aws_lb_listener" "fail_http_redirect_on_https_only_group" {
  load_balancer_arn = aws_lb.helper_web.arn
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
}

resource "aws_lb_listener" "pass_https" {
  load_balancer_arn = aws_lb.helper_web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener" "pass_all_protocols_rule" {
  load_balancer_arn = aws_lb.helper_all.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener" "pass_port_in_range" {
  load_balancer_arn = aws_lb.helper_range.arn
  port              = 85
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener" "fail_load_balancer_in_module" {
  load_balancer_arn = module.lb.arn
  port              = 8443
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

# TCP listener of a network load balancer: not judged.
resource "aws_lb_listener" "helper_tcp" {
  load_balancer_arn = aws_lb.helper_nlb.arn
  port              = 22
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/t/0123456789abcdef"
  }
}
