variable "user_data" {
  type = string
}

resource "aws_launch_template" "fail_from_caller" {
  name      = "ec2014-from-caller"
  user_data = base64encode(var.user_data)
}
