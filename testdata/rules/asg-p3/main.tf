# F02 P3 Auto Scaling rules: AWS-ASG-003 (launch configuration), AWS-ASG-004 (tags
# propagated at launch), AWS-ASG-005 (ELB health checks behind a load balancer)
# and AWS-ASG-006 (more than one Availability Zone).
variable "propagate" {
  type    = bool
  default = true
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_launch_configuration" "old" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "app" {
  name_prefix = "app"
  image_id    = "ami-0123456789abcdef0"
}

# A launch configuration, no tags.
resource "aws_autoscaling_group" "fail_launch_configuration" {
  launch_configuration = aws_launch_configuration.old.name
  min_size             = 1
  max_size             = 2
  availability_zones   = ["us-east-1a", "us-east-1b"]
}

# A launch template; tags propagated (one through a variable).
resource "aws_autoscaling_group" "pass_template_tags" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
  tag {
    key                 = "env"
    value               = "prod"
    propagate_at_launch = var.propagate
  }
}

# A tag kept on the group only.
resource "aws_autoscaling_group" "fail_tag_not_propagated" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = false
  }
}

resource "aws_autoscaling_group" "unknown_propagation" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.app.id
      }
    }
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = aws_eip.helper.public_ip != ""
  }
}

variable "launch_configuration" {
  type    = string
  default = "legacy-lc"
}

# A launch configuration named through a variable; tags propagated.
resource "aws_autoscaling_group" "fail_configuration_from_variable" {
  launch_configuration = var.launch_configuration
  min_size             = 1
  max_size             = 2
  availability_zones   = ["us-east-1a"]
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

# Whether a launch configuration is used is known only after apply.
resource "aws_autoscaling_group" "unknown_configuration" {
  launch_configuration = aws_eip.helper.public_ip != "" ? aws_launch_configuration.old.name : null
  min_size             = 1
  max_size             = 2
  availability_zones   = ["us-east-1a"]
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

# --- AWS-ASG-005 (the groups above are behind no load balancer: they pass) -----------------
variable "check_type" {
  type    = string
  default = "ELB"
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

# Behind a target group, EC2 checks by default.
resource "aws_autoscaling_group" "fail_target_group_ec2_checks" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  target_group_arns  = [aws_lb_target_group.web.arn]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "pass_elb_checks_from_variable" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  target_group_arns  = [aws_lb_target_group.web.arn]
  health_check_type  = var.check_type
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

# Attached by a separate resource, EC2 checks set explicitly.
resource "aws_autoscaling_group" "fail_attached_ec2_checks" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  health_check_type  = "EC2"
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_attachment" "web" {
  autoscaling_group_name = aws_autoscaling_group.fail_attached_ec2_checks.id
  lb_target_group_arn    = aws_lb_target_group.web.arn
}

resource "aws_autoscaling_group" "unknown_check_type" {
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  target_group_arns  = [aws_lb_target_group.web.arn]
  health_check_type  = aws_eip.helper.public_ip != "" ? "ELB" : "EC2"
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

# --- AWS-ASG-006 (groups above: two zones pass, one zone fails) ----------------------------
variable "zones" {
  type    = list(string)
  default = ["us-east-1a", "us-east-1c"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

# No zone given: AWS picks one at apply.
resource "aws_subnet" "anywhere" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.3.0/24"
}

resource "aws_autoscaling_group" "pass_subnets_two_zones" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "fail_subnet_one_zone" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = [aws_subnet.a.id]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "unknown_subnet_zone" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.anywhere.id]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "pass_zones_from_variable" {
  min_size           = 1
  max_size           = 2
  availability_zones = var.zones
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "team"
    value               = "web"
    propagate_at_launch = true
  }
}
