# AWS-GD-001: the event pattern is unknown until apply.
resource "aws_sns_topic" "helper" {
  name = "guardduty"
}

resource "aws_guardduty_detector" "unknown_pattern" {
  enable = true
}

resource "aws_cloudwatch_event_rule" "helper" {
  name          = "guardduty"
  event_pattern = jsonencode({ source = ["aws.guardduty"], resources = [aws_sns_topic.helper.arn] })
}

resource "aws_cloudwatch_event_target" "helper" {
  rule = aws_cloudwatch_event_rule.helper.name
  arn  = aws_sns_topic.helper.arn
}
