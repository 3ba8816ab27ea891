# AWS-CW-006 when a subscription's topic goes through a local.
locals {
  topic = aws_sns_topic.unknown_behind_local.arn
}

resource "aws_sns_topic" "unknown_behind_local" {
  name = "cw006-local"
}

resource "aws_sns_topic_subscription" "helper" {
  topic_arn = local.topic
  protocol  = "email"
  endpoint  = "ops@example.com"
}

resource "aws_cloudwatch_metric_alarm" "helper" {
  alarm_name          = "helper"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.unknown_behind_local.arn]
}
