# AWS-GD-001: no event rule for GuardDuty.
resource "aws_guardduty_detector" "fail_unrouted" {
  enable = true
}
