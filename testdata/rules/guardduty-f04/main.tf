# F04 GuardDuty: AWS-GD-002 (detector enabled; unset: enabled).

variable "enable" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_guardduty_detector" "defaults" {
}

resource "aws_guardduty_detector" "disabled" {
  enable = false
}

resource "aws_guardduty_detector" "from_var" {
  enable = var.enable
}

resource "aws_guardduty_detector" "at_apply" {
  enable = aws_sqs_queue.helper.arn != ""
}

module "gd" {
  source = "./modules/gd"
  enable = true
}
