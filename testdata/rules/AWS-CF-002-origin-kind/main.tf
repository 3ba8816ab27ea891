# AWS-CF-002: an origin with neither custom_origin_config nor vpc_origin_config is an S3
# origin whatever its domain (the provider sends an empty S3 origin configuration).
resource "aws_s3_bucket" "helper_site" { bucket = "fixture-site-bucket" }
resource "aws_wafv2_web_acl" "helper" {
  name  = "cf-acl"
  scope = "CLOUDFRONT"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "cf"
    sampled_requests_enabled   = true
  }
}

locals {
  common_vc = {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# 1: S3 origin with an empty origin_access_identity (S3 origin, no OAI, no OAC)
resource "aws_cloudfront_distribution" "fail_empty_oai" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = aws_wafv2_web_acl.helper.arn
  origin {
    domain_name = aws_s3_bucket.helper_site.bucket_regional_domain_name
    origin_id   = "s3"
    s3_origin_config {
      origin_access_identity = ""
    }
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate {
    acm_certificate_arn      = local.common_vc.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  logging_config {
    bucket = aws_s3_bucket.helper_site.bucket_domain_name
  }
}

# 2: empty web_acl_id and empty origin_access_control_id, literal legacy s3 dash endpoint
resource "aws_cloudfront_distribution" "fail_empty_waf" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = ""
  origin {
    domain_name = "fixture-site-bucket.s3.us-east-1.amazonaws.com"
    origin_id   = "s3"
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate {
    acm_certificate_arn      = local.common_vc.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  logging_config {
    bucket = ""
  }
}

# 3: legacy dash-style S3 endpoint, no OAI/OAC
resource "aws_cloudfront_distribution" "fail_no_origin_config" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = aws_wafv2_web_acl.helper.arn
  origin {
    domain_name = "fixture-site-bucket.s3-us-west-2.amazonaws.com"
    origin_id   = "s3"
  }
  origin {
    domain_name = "fixture-other.s3.amazonaws.com.cn"
    origin_id   = "s3cn"
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate {
    acm_certificate_arn      = local.common_vc.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  logging_config {
    bucket = aws_s3_bucket.helper_site.bucket_domain_name
  }
}

# 4: S3 origin via local / module-ish indirection with origin_access_identity = "" from a var default
variable "oai" {
  type    = string
  default = ""
}
locals {
  origin_domain = aws_s3_bucket.helper_site.bucket_regional_domain_name
}
resource "aws_cloudfront_distribution" "fail_oai_empty_through_variable" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = aws_wafv2_web_acl.helper.arn
  origin {
    domain_name = local.origin_domain
    origin_id   = "s3"
    s3_origin_config {
      origin_access_identity = var.oai
    }
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate {
    acm_certificate_arn      = local.common_vc.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  logging_config {
    bucket = aws_s3_bucket.helper_site.bucket_domain_name
  }
}

resource "aws_cloudfront_distribution" "pass_custom_origin" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = aws_wafv2_web_acl.helper.arn
  origin {
    domain_name = "s3.example.com"
    origin_id   = "s3"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  origin {
    domain_name = "s3cn.example.com"
    origin_id   = "s3cn"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate {
    acm_certificate_arn      = local.common_vc.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  logging_config {
    bucket = aws_s3_bucket.helper_site.bucket_domain_name
  }
}

# 4: S3 origin via local / module-ish indirection with origin_access_identity = "" from a var default