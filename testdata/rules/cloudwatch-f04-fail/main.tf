# AWS-CW-007 fail: the metric filter exists, the alarm watches another metric.
resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

resource "aws_cloudwatch_log_metric_filter" "unauthorized" {
  name           = "unauthorized-api-calls"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
  metric_transformation {
    name      = "UnauthorizedAPICalls"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root_usage" {
  alarm_name          = "root-usage"
  metric_name         = "RootAccountUsage"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
