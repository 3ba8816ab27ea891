# S3 keeps one configuration of a kind per bucket, the one applied last; two companions that
# disagree leave the bucket's setting to the order of apply, which the plan does not tell.
provider "aws" {
  region = "us-east-1"
}

variable "second_status" {
  type    = string
  default = "Suspended"
}

# Two public access blocks: one blocks everything, the other nothing (AWS-S3-001 Unknown).
resource "aws_s3_bucket" "two_blocks" {
  bucket = "tfaudit-two-blocks"
}

resource "aws_s3_bucket_public_access_block" "blocks_all" {
  bucket                  = aws_s3_bucket.two_blocks.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "blocks_nothing" {
  bucket                  = aws_s3_bucket.two_blocks.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

# Two versioning configurations, the second's status from a variable (AWS-S3-002 Unknown).
resource "aws_s3_bucket" "two_versionings" {
  bucket = "tfaudit-two-versionings"
}

resource "aws_s3_bucket_versioning" "enabled" {
  bucket = aws_s3_bucket.two_versionings.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "second" {
  bucket = aws_s3_bucket.two_versionings.id
  versioning_configuration {
    status = var.second_status
  }
}

# Two default encryptions: a KMS key and SSE-S3 (AWS-S3-008 Unknown).
resource "aws_kms_key" "bucket" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "two_encryptions" {
  bucket = "tfaudit-two-encryptions"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "kms" {
  bucket = aws_s3_bucket.two_encryptions.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.bucket.arn
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.two_encryptions.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Two bucket policies: a TLS-only Deny and a plain Allow that replaces it (AWS-S3-004 Unknown).
resource "aws_s3_bucket" "two_policies" {
  bucket = "tfaudit-two-policies"
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = aws_s3_bucket.two_policies.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TLS"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::tfaudit-two-policies", "arn:aws:s3:::tfaudit-two-policies/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "app" {
  bucket = aws_s3_bucket.two_policies.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "App"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/app" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-two-policies/*"
    }]
  })
}

# Two public access blocks that agree: they decide (AWS-S3-001 Pass).
resource "aws_s3_bucket" "agreeing_blocks" {
  bucket = "tfaudit-agreeing-blocks"
}

resource "aws_s3_bucket_public_access_block" "first" {
  bucket                  = aws_s3_bucket.agreeing_blocks.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "second" {
  bucket                  = aws_s3_bucket.agreeing_blocks.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
