# P3 S3 rules: AWS-S3-014 (policy allows every action), AWS-S3-015 (Multi-Region Access
# Point public access block), AWS-S3-016 (website hosting), AWS-S3-017 (Object Lock),
# AWS-S3-018 (ACLs enabled), AWS-S3-019 (open CORS), AWS-S3-020 (abort incomplete uploads);
# AWS-GLA-001 (Glacier vault policy).

variable "actions" {
  type    = list(string)
  default = ["s3:*"]
}

variable "ownership" {
  type    = string
  default = "BucketOwnerEnforced"
}

# A value known only at apply.
resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_s3_bucket" "data" {
  bucket = "p3-data"
}

resource "aws_s3_bucket" "locked" {
  bucket              = "p3-locked"
  object_lock_enabled = true
}

resource "aws_s3_bucket" "lock_at_apply" {
  bucket              = "p3-lock-at-apply"
  object_lock_enabled = aws_sqs_queue.helper.arn != ""
}

resource "aws_s3_bucket" "legacy_site" {
  bucket = "p3-legacy-site"
  website {
    index_document = "index.html"
  }
  cors_rule {
    allowed_methods = ["GET", "PUT", "POST", "DELETE", "HEAD"]
    allowed_origins = ["*"]
  }
}

module "bucket" {
  source    = "./modules/bucket"
  name      = "p3-module"
  actions   = var.actions
  ownership = var.ownership
}

# --- AWS-S3-014: bucket policies.
resource "aws_s3_bucket_policy" "all_actions" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::p3-data", "arn:aws:s3:::p3-data/*"]
    }]
  })
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::p3-locked", "arn:aws:s3:::p3-locked/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::p3-locked/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/app"]
    }
  }
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = aws_s3_bucket.locked.id
  policy = data.aws_iam_policy_document.tls_only.json
}

data "aws_iam_policy_document" "effect_at_apply" {
  statement {
    effect    = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["*"]
    resources = ["arn:aws:s3:::p3-lock-at-apply/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/app"]
    }
  }
}

resource "aws_s3_bucket_policy" "effect_at_apply" {
  bucket = aws_s3_bucket.lock_at_apply.id
  policy = data.aws_iam_policy_document.effect_at_apply.json
}

# --- AWS-S3-021: lockout (module.bucket's policy passes; tls_only has a condition).
resource "aws_s3_bucket" "sealed" {
  bucket = "p3-sealed"
}

resource "aws_s3_bucket_policy" "lockout" {
  bucket = aws_s3_bucket.sealed.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::p3-sealed", "arn:aws:s3:::p3-sealed/*"]
    }]
  })
}

# --- AWS-S3-015: Multi-Region Access Points.
resource "aws_s3control_multi_region_access_point" "defaults" {
  details {
    name = "defaults"
    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}

resource "aws_s3control_multi_region_access_point" "open_policy" {
  details {
    name = "open-policy"
    public_access_block {
      block_public_policy     = false
      restrict_public_buckets = false
    }
    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}

resource "aws_s3control_multi_region_access_point" "at_apply" {
  details {
    name = "at-apply"
    public_access_block {
      block_public_acls = aws_sqs_queue.helper.arn != ""
    }
    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}

# --- AWS-S3-016: website hosting.
resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.data.id
  index_document {
    suffix = "index.html"
  }
}

# --- AWS-S3-018: object ownership.
resource "aws_s3_bucket_ownership_controls" "writer" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "ObjectWriter"
  }
}

resource "aws_s3_bucket_ownership_controls" "enforced" {
  bucket = aws_s3_bucket.locked.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_ownership_controls" "at_apply" {
  bucket = aws_s3_bucket.lock_at_apply.id
  rule {
    object_ownership = aws_sqs_queue.helper.arn != "" ? "BucketOwnerEnforced" : "ObjectWriter"
  }
}

# --- AWS-S3-019: CORS.
resource "aws_s3_bucket_cors_configuration" "open" {
  bucket = aws_s3_bucket.data.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://www.example.com"]
  }
  cors_rule {
    allowed_methods = ["*"]
    allowed_origins = ["*"]
  }
}

resource "aws_s3_bucket_cors_configuration" "restricted" {
  bucket = aws_s3_bucket.locked.id
  cors_rule {
    allowed_methods = ["GET", "PUT", "POST", "DELETE", "HEAD"]
    allowed_origins = ["https://app.example.com"]
  }
}

resource "aws_s3_bucket_cors_configuration" "at_apply" {
  bucket = aws_s3_bucket.lock_at_apply.id
  cors_rule {
    allowed_methods = ["*"]
    allowed_origins = [aws_sqs_queue.helper.arn != "" ? "*" : "https://app.example.com"]
  }
}

# --- AWS-S3-020: abort incomplete multipart uploads.
resource "aws_s3_bucket_lifecycle_configuration" "aborts" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "abort"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "expire_only" {
  bucket = aws_s3_bucket.locked.id
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
  rule {
    id     = "abort-logs-only"
    status = "Enabled"
    filter {
      prefix = "logs/"
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "at_apply" {
  bucket = aws_s3_bucket.lock_at_apply.id
  rule {
    id     = "abort"
    status = aws_sqs_queue.helper.arn != "" ? "Enabled" : "Disabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

# --- AWS-GLA-001: Glacier vault policies.
resource "aws_glacier_vault" "public" {
  name = "public"
  access_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "glacier:InitiateJob", Resource = "*" }]
  })
}

resource "aws_glacier_vault" "account_only" {
  name = "account-only"
  access_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "glacier:InitiateJob", Resource = "*" }]
  })
}

resource "aws_glacier_vault" "no_policy" {
  name = "no-policy"
}

resource "aws_glacier_vault" "at_apply" {
  name = "at-apply"
  access_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny", Principal = "*", Action = "glacier:InitiateJob", Resource = "*" }]
  })
}
