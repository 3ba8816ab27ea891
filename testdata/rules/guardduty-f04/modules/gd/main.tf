variable "enable" {
  type = bool
}

resource "aws_guardduty_detector" "this" {
  enable = var.enable
}
