# CIS 4.2-4.15 (AWS-CW-010..023): the only metric filter's pattern is known only after apply.
resource "aws_kms_key" "helper" {
  description = "helper"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudwatch_log_metric_filter" "later" {
  name           = "later"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = length(aws_kms_key.helper.arn) > 0 ? "{ $.userIdentity.type = \"Root\" }" : ""
  metric_transformation {
    name      = "Later"
    namespace = "CISBenchmark"
    value     = "1"
  }
}
