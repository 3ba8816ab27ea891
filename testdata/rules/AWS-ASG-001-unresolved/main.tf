# AWS-ASG-001 when a notification's group_names goes through a local (the group name is unknown).
resource "aws_launch_template" "helper" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_sns_topic" "helper" {
  name = "asg-events"
}

locals {
  groups = [aws_autoscaling_group.unknown_behind_local.name]
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

resource "aws_autoscaling_notification" "helper" {
  group_names   = local.groups
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR"]
  topic_arn     = aws_sns_topic.helper.arn
}
