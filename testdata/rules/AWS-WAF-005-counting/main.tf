# AWS-WAF-005: the known bad inputs group blocks Log4Shell only when its rules block; counting
# the group (the override action from a variable) or its Log4j rules blocks nothing.
provider "aws" {
  region = "us-east-1"
}

variable "count_only" {
  type    = bool
  default = true
}

resource "aws_wafv2_web_acl" "fail_group_counts" {
  name  = "group-counts"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "bad-inputs"
    priority = 1
    override_action {
      dynamic "count" {
        for_each = var.count_only ? [1] : []
        content {}
      }
      dynamic "none" {
        for_each = var.count_only ? [] : [1]
        content {}
      }
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "bad-inputs"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "group-counts"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "fail_log4j_rules_count" {
  name  = "log4j-rules-count"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "bad-inputs"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
        rule_action_override {
          name = "Log4JRCE_HEADER"
          action_to_use {
            count {}
          }
        }
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "bad-inputs"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "log4j-rules-count"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "pass_other_rule_counts" {
  name  = "other-rule-counts"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "bad-inputs"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
        rule_action_override {
          name = "Host_localhost_HEADER"
          action_to_use {
            count {}
          }
        }
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "bad-inputs"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "other-rule-counts"
    sampled_requests_enabled   = true
  }
}
