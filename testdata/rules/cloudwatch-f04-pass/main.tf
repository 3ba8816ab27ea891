# AWS-CW-007 pass: the CIS 4.1 metric filter (in a module, its namespace from a variable)
# and an alarm on its metric.
resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

module "cis" {
  source    = "./modules/cis"
  log_group = aws_cloudwatch_log_group.trail.name
  namespace = "CISBenchmark"
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
