# AWS-WAF-001 when the logging configuration's web ACL goes through a local.
locals {
  acl = aws_wafv2_web_acl.unknown_behind_local.arn
}

resource "aws_cloudwatch_log_group" "helper" {
  name = "aws-waf-logs-fixture"
}

resource "aws_wafv2_web_acl" "unknown_behind_local" {
  name  = "unknown-behind-local"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "unknown_behind_local"
    sampled_requests_enabled   = false
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "helper" {
  resource_arn            = local.acl
  log_destination_configs = [aws_cloudwatch_log_group.helper.arn]
}
