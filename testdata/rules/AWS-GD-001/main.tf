# AWS-GD-001: findings routed by an event rule with a target.
resource "aws_sns_topic" "helper" {
  name = "guardduty"
}

resource "aws_guardduty_detector" "pass_routed" {
  enable = true
}

resource "aws_cloudwatch_event_rule" "helper" {
  name          = "guardduty"
  event_pattern = jsonencode({ source = ["aws.guardduty"], detail-type = ["GuardDuty Finding"] })
}

resource "aws_cloudwatch_event_target" "helper" {
  rule = aws_cloudwatch_event_rule.helper.name
  arn  = aws_sns_topic.helper.arn
}
