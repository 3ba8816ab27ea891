# Dynamic blocks the plan expands (tests/source.rs): a for_each known at plan time gives the
# collection's own elements, each judged; one known only at apply gives a single placeholder
# block whose written arguments are all unknown. The plan's configuration shows neither.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = "us-east-1"
}

variable "rules" {
  type = list(object({ port = number, cidr = list(string) }))
  default = [
    { port = 22, cidr = ["0.0.0.0/0"] },
    { port = 443, cidr = ["10.0.0.0/8"] },
  ]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Known elements: rule 0 opens SSH to the world.
resource "aws_security_group" "known" {
  name        = "known"
  description = "dynamic rules from a variable"
  vpc_id      = aws_vpc.main.id
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr
    }
  }
}

# Known elements, one with a field known only at apply: rule 0 is still open to the world.
resource "aws_security_group" "one_field_unknown" {
  name        = "one-field-unknown"
  description = "dynamic rules, one from another group"
  vpc_id      = aws_vpc.main.id
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port       = ingress.value.port
      to_port         = ingress.value.port
      protocol        = "tcp"
      cidr_blocks     = ingress.value.cidr
      security_groups = ingress.value.port == 443 ? [aws_security_group.known.id] : []
    }
  }
}

# A collection known only at apply: how many rules, and which, is unknown.
resource "aws_security_group" "placeholder" {
  name        = "placeholder"
  description = "dynamic rules known at apply"
  vpc_id      = aws_vpc.main.id
  dynamic "ingress" {
    for_each = aws_vpc.main.id != "" ? var.rules : []
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr
    }
  }
}

# A written rule beside dynamic ones known only at apply: the configuration shows the written
# one alone, and the plan's placeholder must not be read as it.
resource "aws_security_group" "written_and_placeholder" {
  name        = "written-and-placeholder"
  description = "a written rule and dynamic rules known at apply"
  vpc_id      = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
  dynamic "ingress" {
    for_each = aws_vpc.main.id != "" ? var.rules : []
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr
    }
  }
}

# A written rule beside known dynamic ones: rule 0 (SSH from the world) is the plan's.
resource "aws_security_group" "written_and_known" {
  name        = "written-and-known"
  description = "a written rule and known dynamic rules"
  vpc_id      = aws_vpc.main.id
  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr
    }
  }
}

# Through a module: its rules come from the caller.
module "web" {
  source = "./modules/web"
  vpc_id = aws_vpc.main.id
  rules  = [{ port = 3389, cidr = ["0.0.0.0/0"] }, { port = 443, cidr = ["0.0.0.0/0"] }]
}

resource "aws_s3_bucket" "site" {
  bucket = "tfaudit-dynamic-elements-site"
}

# Two origins: the first's domain is known, the second's (a bucket's) only at apply. The
# rule cannot pass on the first alone.
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  dynamic "origin" {
    for_each = {
      api  = "api.example.com"
      site = aws_s3_bucket.site.bucket_regional_domain_name
    }
    content {
      origin_id   = origin.key
      domain_name = origin.value
      custom_origin_config {
        http_port              = 80
        https_port             = 443
        origin_protocol_policy = "https-only"
        origin_ssl_protocols   = ["TLSv1.2"]
      }
    }
  }
  default_cache_behavior {
    target_origin_id       = "api"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies {
        forward = "none"
      }
    }
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
