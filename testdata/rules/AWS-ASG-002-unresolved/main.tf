# AWS-ASG-002 when a hook's group name goes through a local (the group name is unknown).
resource "aws_launch_template" "helper" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_sns_topic" "helper" {
  name = "asg-events"
}

locals {
  group = aws_autoscaling_group.unknown_behind_local.name
}

resource "aws_autoscaling_group" "unknown_behind_local" {
  name_prefix        = "unknown-"
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
  autoscaling_group_name = local.group
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
}
