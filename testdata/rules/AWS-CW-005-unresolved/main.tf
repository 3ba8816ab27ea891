# AWS-CW-005: a metric filter whose namespace is unknown until apply.
resource "aws_cloudwatch_metric_alarm" "unknown_custom" {
  alarm_name          = "unknown_custom"
  namespace           = "App/Checkout"
  metric_name         = "PaymentFailures"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

locals {
  namespace = terraform_data.ns.output
}

resource "terraform_data" "ns" {
  input = "App/Checkout"
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/main"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_metric_filter" "payments" {
  name           = "payments"
  log_group_name = aws_cloudwatch_log_group.app.name
  pattern        = "PAYMENT_FAILED"
  metric_transformation {
    namespace = local.namespace
    name      = "PaymentFailures"
    value     = "1"
  }
}
