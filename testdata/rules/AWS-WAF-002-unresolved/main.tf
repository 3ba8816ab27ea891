# AWS-WAF-002 when an association's resource_arn goes through a local.
resource "aws_wafv2_web_acl" "helper" {
  name  = "fixture"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "fixture"
    sampled_requests_enabled   = false
  }
}

locals {
  lb_arn = aws_lb.unknown_behind_local.arn
}

resource "aws_lb" "unknown_behind_local" {
  name_prefix = "lb-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_wafv2_web_acl_association" "helper" {
  resource_arn = local.lb_arn
  web_acl_arn  = aws_wafv2_web_acl.helper.arn
}
