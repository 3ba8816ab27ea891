# F10 CloudFront rules: AWS-CF-003..007.
variable "viewer_policy" {
  type    = string
  default = "allow-all"
}

resource "aws_s3_bucket" "logs" {
  bucket = "cf-fixture-logs"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

locals {
  cert = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
}

# Everything right: HTTPS on every behaviour, TLSv1.2_2021, logs, custom certificate, root object.
resource "aws_cloudfront_distribution" "hardened" {
  enabled             = true
  default_root_object = "index.html"
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  logging_config {
    bucket = aws_s3_bucket.logs.bucket_domain_name
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = local.cert
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# The default certificate, no logs, no root object, an ordered behaviour allowing HTTP.
resource "aws_cloudfront_distribution" "default_cert" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "api"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  ordered_cache_behavior {
    path_pattern           = "/static/*"
    target_origin_id       = "api"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  ordered_cache_behavior {
    path_pattern           = "/legacy/*"
    target_origin_id       = "api"
    viewer_protocol_policy = "allow-all"
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

# A custom certificate with an old minimum protocol; the default behaviour allows HTTP.
resource "aws_cloudfront_distribution" "old_tls" {
  enabled             = true
  default_root_object = "index.html"
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "allow-all"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  logging_config {
    bucket = "cf-logs.s3.amazonaws.com"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = local.cert
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2019"
  }
}

# Values known only at apply.
resource "aws_cloudfront_distribution" "unknown_at_apply" {
  enabled             = true
  default_root_object = aws_eip.helper.public_ip
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = aws_eip.helper.public_ip != "" ? "https-only" : "allow-all"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  logging_config {
    bucket = aws_s3_bucket.logs.bucket_domain_name
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = local.cert
    ssl_support_method       = "sni-only"
    minimum_protocol_version = aws_eip.helper.public_ip != "" ? "TLSv1.2_2021" : "TLSv1"
  }
}

# Through module inputs.
module "cdn_from_var" {
  source        = "./modules/cdn"
  viewer_policy = var.viewer_policy
}

module "cdn_https" {
  source        = "./modules/cdn"
  viewer_policy = "redirect-to-https"
}

# Logging bucket, certificate choice and root object known only at apply.
resource "aws_cloudfront_distribution" "choices_at_apply" {
  enabled             = true
  default_root_object = aws_eip.helper.public_ip != "" ? "index.html" : aws_s3_bucket.logs.bucket
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  logging_config {
    bucket = aws_eip.helper.public_ip != "" ? aws_s3_bucket.logs.bucket_domain_name : "other-logs.s3.amazonaws.com"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = aws_eip.helper.public_ip == ""
    acm_certificate_arn            = aws_eip.helper.public_ip != "" ? local.cert : null
    ssl_support_method             = "sni-only"
    minimum_protocol_version       = "TLSv1.2_2021"
  }
}

# Values from variables.
variable "log_bucket" {
  type    = string
  default = "cf-logs.s3.amazonaws.com"
}

variable "use_default_certificate" {
  type    = bool
  default = true
}

variable "root_object" {
  type    = string
  default = "index.html"
}

resource "aws_cloudfront_distribution" "from_vars" {
  enabled             = true
  default_root_object = var.root_object
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  logging_config {
    bucket = var.log_bucket
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = var.use_default_certificate
  }
}
