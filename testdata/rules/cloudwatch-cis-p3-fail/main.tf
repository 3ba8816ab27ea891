# CIS 4.2-4.15 (AWS-CW-010..023) missing: a filter on something else, and a root-usage filter
# with no alarm on its metric.
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudwatch_log_metric_filter" "errors" {
  name           = "errors"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "ERROR"
  metric_transformation {
    name      = "Errors"
    namespace = "App"
    value     = "1"
  }
}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
  metric_transformation {
    name      = "RootAccountUsage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}
