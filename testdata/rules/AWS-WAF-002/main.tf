# AWS-WAF-002: internet-facing ALBs and web ACL associations.
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

resource "aws_lb" "pass_associated" {
  name_prefix = "lb-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "fail_public" {
  name_prefix = "lb-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "helper_internal" {
  name_prefix = "lb-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  internal    = true
}

resource "aws_lb" "helper_network" {
  name_prefix        = "lb-"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  load_balancer_type = "network"
}

resource "aws_lb" "unknown_internal_unknown" {
  name_prefix = "lb-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  internal    = aws_wafv2_web_acl.helper.capacity > 100000
}

resource "aws_wafv2_web_acl_association" "helper" {
  resource_arn = aws_lb.pass_associated.arn
  web_acl_arn  = aws_wafv2_web_acl.helper.arn
}

# for_each load balancers, each associated by a module instance of a for_each over them.
resource "aws_lb" "pass_for_each_associated_in_module" {
  for_each    = toset(["a", "b"])
  name_prefix = "fe${each.key}-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

module "waf" {
  source      = "./modules/waf"
  for_each    = aws_lb.pass_for_each_associated_in_module
  lb_arn      = each.value.arn
  web_acl_arn = aws_wafv2_web_acl.helper.arn
}
