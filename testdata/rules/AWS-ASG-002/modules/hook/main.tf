variable "group_name" {
  type = string
}

resource "aws_autoscaling_lifecycle_hook" "this" {
  name                   = "drain"
  autoscaling_group_name = var.group_name
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
}
