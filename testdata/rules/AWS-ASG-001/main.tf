# AWS-ASG-001: notifications by reference and by known group name.
resource "aws_launch_template" "helper" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_sns_topic" "helper" {
  name = "asg-events"
}

resource "aws_autoscaling_group" "pass_notified" {
  name               = "pass-notified"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "pass_notified_by_name" {
  name               = "pass-notified-by-name"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "fail_silent" {
  name_prefix        = "fail-silent-"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_notification" "helper" {
  group_names   = [aws_autoscaling_group.pass_notified.name]
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR"]
  topic_arn     = aws_sns_topic.helper.arn
}

resource "aws_autoscaling_notification" "helper_by_name" {
  group_names   = ["pass-notified-by-name"]
  notifications = ["autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
  topic_arn     = aws_sns_topic.helper.arn
}

# Counted groups, all named by a splat, notified from another module.
resource "aws_autoscaling_group" "pass_counted_notified_from_module" {
  count              = 2
  name_prefix        = "counted-"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    id      = aws_launch_template.helper.id
    version = "$Latest"
  }
}

module "notify" {
  source      = "./modules/notify"
  group_names = aws_autoscaling_group.pass_counted_notified_from_module[*].name
  topic_arn   = aws_sns_topic.helper.arn
}
