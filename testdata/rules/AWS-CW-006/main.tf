# AWS-CW-006: topics notified by alarms, with and without subscribers.
resource "aws_sns_topic" "pass_subscribed" {
  name = "cw006-subscribed"
}

resource "aws_sns_topic_subscription" "helper" {
  topic_arn = aws_sns_topic.pass_subscribed.arn
  protocol  = "email"
  endpoint  = "ops@example.com"
}

resource "aws_sns_topic" "fail_unsubscribed" {
  name = "cw006-unsubscribed"
}

# Not notified by an alarm: not judged.
resource "aws_sns_topic" "helper_quiet" {
  name = "cw006-quiet"
}

resource "aws_cloudwatch_metric_alarm" "helper_a" {
  alarm_name          = "helper_a"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.pass_subscribed.arn]
}

resource "aws_cloudwatch_metric_alarm" "helper_b" {
  alarm_name          = "helper_b"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.fail_unsubscribed.arn]
}
