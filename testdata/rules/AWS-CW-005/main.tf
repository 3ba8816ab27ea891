# AWS-CW-005: alarms on custom metrics need a producer.
resource "aws_cloudwatch_metric_alarm" "fail_custom" {
  alarm_name          = "fail_custom"
  namespace           = "App/Checkout"
  metric_name         = "PaymentFailures"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "pass_filtered" {
  alarm_name          = "pass_filtered"
  namespace           = "App/Logs"
  metric_name         = "ErrorCount"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "helper_aws" {
  alarm_name          = "helper_aws"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "helper_agent" {
  alarm_name          = "helper_agent"
  namespace           = "CWAgent"
  metric_name         = "mem_used_percent"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/main"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_metric_filter" "errors" {
  name           = "errors"
  log_group_name = aws_cloudwatch_log_group.app.name
  pattern        = "ERROR"
  metric_transformation {
    namespace = "App/Logs"
    name      = "ErrorCount"
    value     = "1"
  }
}

resource "aws_cloudwatch_log_metric_filter" "denied" {
  name           = "denied"
  log_group_name = aws_cloudwatch_log_group.app.name
  pattern        = "AccessDenied"
  metric_transformation {
    namespace = "App/Security"
    name      = "Denied-${aws_cloudwatch_log_group.app.id}"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "pass_by_reference" {
  alarm_name          = "pass_by_reference"
  namespace           = "App/Security"
  metric_name         = aws_cloudwatch_log_metric_filter.denied.metric_transformation[0].name
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
