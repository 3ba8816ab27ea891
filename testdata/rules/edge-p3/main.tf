# F10 P3 rules: ELB (AWS-ELB-007..012), ACM (AWS-ACM-001/002), Private CA (AWS-PCA-001),
# Global Accelerator (AWS-GA-001), CloudFront (AWS-CF-008..013), WAF (AWS-WAF-003..005).
variable "lb_type" {
  type    = string
  default = "network"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_acm_certificate" "site" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "weak_key" {
  domain_name               = "internal.example.com"
  certificate_authority_arn = "arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/0123"
  key_algorithm             = "RSA_1024"
  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}

resource "aws_acm_certificate" "unknown_at_apply" {
  domain_name       = "maybe.example.com"
  validation_method = "DNS"
  key_algorithm     = aws_eip.helper.public_ip != "" ? "RSA_2048" : "RSA_1024"
  options {
    certificate_transparency_logging_preference = aws_eip.helper.public_ip != "" ? "ENABLED" : "DISABLED"
  }
}

resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy"
  certificate_body = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
  private_key      = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n"
}

# ---- Classic Load Balancers
resource "aws_elb" "hardened" {
  name                = "hardened"
  availability_zones  = ["us-east-1a", "us-east-1b"]
  connection_draining = true
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = aws_acm_certificate.site.arn
  }
}

resource "aws_elb" "legacy" {
  name                      = "legacy"
  availability_zones        = ["us-east-1a"]
  cross_zone_load_balancing = false
  desync_mitigation_mode    = "monitor"
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = aws_iam_server_certificate.legacy.arn
  }
}

resource "aws_elb" "unknown_at_apply" {
  name                      = "unknown-at-apply"
  availability_zones        = aws_eip.helper.public_ip != "" ? ["us-east-1a", "us-east-1b"] : ["us-east-1a"]
  connection_draining       = aws_eip.helper.public_ip != ""
  cross_zone_load_balancing = aws_eip.helper.public_ip != ""
  desync_mitigation_mode    = aws_eip.helper.public_ip != "" ? "defensive" : "monitor"
  listener {
    lb_port            = 443
    lb_protocol        = aws_eip.helper.public_ip != "" ? "https" : "http"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = aws_eip.helper.public_ip != "" ? aws_acm_certificate.site.arn : aws_iam_server_certificate.legacy.arn
  }
}

module "lb" {
  source   = "./modules/lb"
  draining = false
}

# ---- ALB / NLB
resource "aws_lb" "alb" {
  name    = "alb"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "nlb_from_var" {
  name               = "nlb-from-var"
  load_balancer_type = var.lb_type
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_lb" "nlb_cross_zone" {
  name                             = "nlb-cross-zone"
  load_balancer_type               = "network"
  enable_cross_zone_load_balancing = true
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef1"
  }
}

resource "aws_lb" "alb_monitor" {
  name                   = "alb-monitor"
  desync_mitigation_mode = "monitor"
  subnets                = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "unknown_at_apply" {
  name                             = "unknown-at-apply"
  load_balancer_type               = "network"
  enable_cross_zone_load_balancing = aws_eip.helper.public_ip != ""
  subnets                          = aws_eip.helper.public_ip != "" ? ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"] : ["subnet-0123456789abcdef0"]
}

resource "aws_alb" "strictest" {
  name                   = "strictest"
  desync_mitigation_mode = aws_eip.helper.public_ip != "" ? "strictest" : "monitor"
  subnets                = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

# ---- Private CA and Global Accelerator
resource "aws_acmpca_certificate_authority" "root_enabled" {
  type = "ROOT"
  certificate_authority_configuration {
    key_algorithm     = "RSA_4096"
    signing_algorithm = "SHA512WITHRSA"
    subject {
      common_name = "root.example.com"
    }
  }
}

resource "aws_acmpca_certificate_authority" "root_disabled" {
  type    = "ROOT"
  enabled = false
  certificate_authority_configuration {
    key_algorithm     = "RSA_4096"
    signing_algorithm = "SHA512WITHRSA"
    subject {
      common_name = "root2.example.com"
    }
  }
}

resource "aws_acmpca_certificate_authority" "subordinate" {
  certificate_authority_configuration {
    key_algorithm     = "RSA_4096"
    signing_algorithm = "SHA512WITHRSA"
    subject {
      common_name = "sub.example.com"
    }
  }
}

resource "aws_acmpca_certificate_authority" "unknown_at_apply" {
  type    = "ROOT"
  enabled = aws_eip.helper.public_ip == ""
  certificate_authority_configuration {
    key_algorithm     = "RSA_4096"
    signing_algorithm = "SHA512WITHRSA"
    subject {
      common_name = "root3.example.com"
    }
  }
}

resource "aws_globalaccelerator_accelerator" "logged" {
  name = "logged"
  attributes {
    flow_logs_enabled   = true
    flow_logs_s3_bucket = "ga-logs"
    flow_logs_s3_prefix = "ga/"
  }
}

resource "aws_globalaccelerator_accelerator" "defaults" {
  name = "defaults"
}

resource "aws_globalaccelerator_accelerator" "unknown_at_apply" {
  name = "unknown-at-apply"
  attributes {
    flow_logs_enabled   = aws_eip.helper.public_ip != ""
    flow_logs_s3_bucket = "ga-logs"
    flow_logs_s3_prefix = "ga/"
  }
}

# ---- CloudFront
resource "aws_cloudfront_response_headers_policy" "hsts" {
  name = "hsts"
  security_headers_config {
    strict_transport_security {
      access_control_max_age_sec = 31536000
      include_subdomains         = true
      override                   = true
    }
  }
}

resource "aws_cloudfront_response_headers_policy" "no_hsts" {
  name = "no-hsts"
  security_headers_config {
    content_type_options {
      override = true
    }
  }
}

resource "aws_cloudfront_response_headers_policy" "unknown_at_apply" {
  name = "unknown-at-apply"
  security_headers_config {
    dynamic "strict_transport_security" {
      for_each = aws_eip.helper.public_ip != "" ? [1] : []
      content {
        access_control_max_age_sec = 31536000
        override                   = true
      }
    }
  }
}

resource "aws_cloudfront_distribution" "hardened" {
  enabled = true
  origin {
    origin_id   = "primary"
    domain_name = "app.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    origin_id   = "secondary"
    domain_name = "app2.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin_group {
    origin_id = "failover"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
  default_cache_behavior {
    target_origin_id           = "failover"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    cache_policy_id            = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    response_headers_policy_id = aws_cloudfront_response_headers_policy.hsts.id
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/0123"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "legacy" {
  enabled = true
  origin {
    origin_id   = "web"
    domain_name = "web.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["SSLv3", "TLSv1", "TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "web"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/0123"
    ssl_support_method       = "vip"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "default_cert" {
  enabled = true
  origin {
    origin_id   = "s3"
    domain_name = "assets.s3.us-east-1.amazonaws.com"
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_cloudfront_distribution" "unknown_at_apply" {
  enabled = true
  origin {
    origin_id   = "web"
    domain_name = "web.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = aws_eip.helper.public_ip != "" ? "https-only" : "http-only"
      origin_ssl_protocols   = aws_eip.helper.public_ip != "" ? ["TLSv1.2"] : ["TLSv1"]
    }
  }
  default_cache_behavior {
    target_origin_id           = "web"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    cache_policy_id            = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    response_headers_policy_id = aws_eip.helper.public_ip != "" ? aws_cloudfront_response_headers_policy.hsts.id : null
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/0123"
    ssl_support_method       = aws_eip.helper.public_ip != "" ? "sni-only" : "vip"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# ---- WAF
resource "aws_wafv2_web_acl" "protected" {
  name  = "protected"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "known-bad-inputs"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "kbi"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "protected"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "empty" {
  name  = "empty"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "empty"
    sampled_requests_enabled   = false
  }
}

resource "aws_wafv2_web_acl" "common_only" {
  name  = "common-only"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = false
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "common-only"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "unknown_at_apply" {
  name  = "unknown-at-apply"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "group"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = aws_eip.helper.public_ip != "" ? "AWSManagedRulesKnownBadInputsRuleSet" : "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = aws_eip.helper.public_ip != ""
      metric_name                = "group"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "unknown"
    sampled_requests_enabled   = true
  }
}

resource "aws_waf_rule" "empty_classic" {
  name        = "emptyclassic"
  metric_name = "emptyclassic"
}
