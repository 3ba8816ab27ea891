# AWS-WAF-001: web ACL logging.
resource "aws_cloudwatch_log_group" "helper" {
  name = "aws-waf-logs-fixture"
}

resource "aws_wafv2_web_acl" "pass_logged" {
  name  = "pass-logged"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "pass_logged"
    sampled_requests_enabled   = false
  }
}

resource "aws_wafv2_web_acl" "fail_unlogged" {
  name  = "fail-unlogged"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "fail_unlogged"
    sampled_requests_enabled   = false
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "helper" {
  resource_arn            = aws_wafv2_web_acl.pass_logged.arn
  log_destination_configs = [aws_cloudwatch_log_group.helper.arn]
}
