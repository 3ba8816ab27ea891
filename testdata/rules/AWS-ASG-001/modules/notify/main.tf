variable "group_names" {
  type = list(string)
}

variable "topic_arn" {
  type = string
}

resource "aws_autoscaling_notification" "this" {
  group_names   = var.group_names
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR"]
  topic_arn     = var.topic_arn
}
