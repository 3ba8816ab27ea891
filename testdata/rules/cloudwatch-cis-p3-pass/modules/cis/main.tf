variable "pattern" {
  type = string
}

variable "metric" {
  type = string
}

variable "log_group" {
  type = string
}

variable "topic_arn" {
  type = string
}

resource "aws_cloudwatch_log_metric_filter" "this" {
  name           = var.metric
  log_group_name = var.log_group
  pattern        = var.pattern
  metric_transformation {
    name      = var.metric
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "this" {
  alarm_name          = var.metric
  metric_name         = aws_cloudwatch_log_metric_filter.this.metric_transformation[0].name
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [var.topic_arn]
}
