# AWS-ASG-002: lifecycle hooks inline and as resources.
resource "aws_launch_template" "helper" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_sns_topic" "helper" {
  name = "asg-events"
}

resource "aws_autoscaling_group" "pass_initial_hook" {
  name_prefix        = "initial-"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
  initial_lifecycle_hook {
    name                 = "drain"
    lifecycle_transition = "autoscaling:EC2_INSTANCE_TERMINATING"
    default_result       = "CONTINUE"
    heartbeat_timeout    = 300
  }
}

resource "aws_autoscaling_group" "pass_hook_resource" {
  name_prefix        = "hooked-"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "fail_no_hook" {
  name_prefix        = "no-hook-"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_lifecycle_hook" "helper" {
  name                   = "drain"
  autoscaling_group_name = aws_autoscaling_group.pass_hook_resource.name
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
  default_result         = "CONTINUE"
  heartbeat_timeout      = 300
}

# The hook sits in another module.
resource "aws_autoscaling_group" "pass_hook_in_module" {
  name_prefix        = "modhook-"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

module "hook" {
  source     = "./modules/hook"
  group_name = aws_autoscaling_group.pass_hook_in_module.name
}
