# AWS-CW-007 unknown: the only metric filter's pattern is known only at apply.
resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_cloudwatch_log_metric_filter" "chosen_at_apply" {
  name           = "chosen-at-apply"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = aws_sqs_queue.helper.arn != "" ? "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }" : "ERROR"
  metric_transformation {
    name      = "UnauthorizedAPICalls"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "unauthorized" {
  alarm_name          = "unauthorized-api-calls"
  metric_name         = "UnauthorizedAPICalls"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
