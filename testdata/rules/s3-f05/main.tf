# F05 S3 rules: AWS-S3-009 / AWS-S3-010 (public ACL read / write), AWS-S3-011 (bucket
# policy open to any principal), AWS-S3-012 (access point public access block),
# AWS-S3-013 (objects encrypted with a customer key).

variable "acl" {
  type    = string
  default = "log-delivery-write"
}

variable "block" {
  type    = bool
  default = true
}

variable "key_arn" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_kms_key" "data" {
  description = "data"
}

locals {
  key = aws_kms_key.data.arn
}

# ---------------------------------------------------------------- buckets with inline ACLs

resource "aws_s3_bucket" "legacy_public_read" {
  bucket = "example-legacy-public-read"
  acl    = "public-read"
}

resource "aws_s3_bucket" "legacy_grant_write" {
  bucket = "example-legacy-grant-write"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
    permissions = ["WRITE"]
  }
}

resource "aws_s3_bucket" "private" {
  bucket = "example-private"
}

resource "aws_s3_bucket" "legacy_policy_public" {
  bucket = "example-legacy-policy-public"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example-legacy-policy-public/*" }]
  })
}

# ---------------------------------------------------------------- aws_s3_bucket_acl

resource "aws_s3_bucket_acl" "public_read_write" {
  bucket = aws_s3_bucket.private.id
  acl    = "public-read-write"
}

resource "aws_s3_bucket_acl" "grant_authenticated_read_acp" {
  bucket = aws_s3_bucket.private.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "READ_ACP"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}

resource "aws_s3_bucket_acl" "private_acl" {
  bucket = aws_s3_bucket.private.id
  acl    = "private"
}

resource "aws_s3_bucket_acl" "acl_from_var" {
  bucket = aws_s3_bucket.private.id
  acl    = var.acl
}

resource "aws_s3_bucket_acl" "acl_at_apply" {
  bucket = aws_s3_bucket.private.id
  acl    = aws_sqs_queue.helper.arn != "" ? "private" : "public-read"
}

# ---------------------------------------------------------------- bucket policies

data "aws_iam_policy_document" "public_get" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-private/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "public_get" {
  bucket = aws_s3_bucket.private.id
  policy = data.aws_iam_policy_document.public_get.json
}

resource "aws_s3_bucket_policy" "cloudfront_oac" {
  bucket = aws_s3_bucket.private.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow", Principal = { Service = "cloudfront.amazonaws.com" }, Action = "s3:GetObject",
      Resource  = "arn:aws:s3:::example-private/*",
      Condition = { StringEquals = { "aws:SourceArn" = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "vpce_only" {
  bucket = aws_s3_bucket.private.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow", Principal = "*", Action = ["s3:GetObject", "s3:PutObject"],
      Resource  = "arn:aws:s3:::example-private/*",
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }
    }]
  })
}

data "aws_iam_policy_document" "effect_at_apply" {
  statement {
    effect    = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["s3:DeleteObject"]
    resources = ["arn:aws:s3:::example-private/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "effect_at_apply" {
  bucket = aws_s3_bucket.private.id
  policy = data.aws_iam_policy_document.effect_at_apply.json
}

# ---------------------------------------------------------------- access points

resource "aws_s3_access_point" "defaults" {
  bucket = aws_s3_bucket.private.id
  name   = "defaults"
}

resource "aws_s3_access_point" "policy_unblocked" {
  bucket = aws_s3_bucket.private.id
  name   = "policy-unblocked"
  public_access_block_configuration {
    block_public_acls       = true
    ignore_public_acls      = true
    block_public_policy     = false
    restrict_public_buckets = false
  }
}

resource "aws_s3_access_point" "from_var" {
  bucket = aws_s3_bucket.private.id
  name   = "from-var"
  public_access_block_configuration {
    block_public_acls       = var.block
    ignore_public_acls      = var.block
    block_public_policy     = var.block
    restrict_public_buckets = var.block
  }
}

resource "aws_s3_access_point" "at_apply" {
  bucket = aws_s3_bucket.private.id
  name   = "at-apply"
  public_access_block_configuration {
    block_public_acls = aws_sqs_queue.helper.arn != ""
  }
}

# ---------------------------------------------------------------- objects

resource "aws_s3_object" "no_key" {
  bucket  = aws_s3_bucket.private.id
  key     = "no-key.txt"
  content = "x"
}

resource "aws_s3_object" "customer_key" {
  bucket     = aws_s3_bucket.private.id
  key        = "customer-key.txt"
  content    = "x"
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_s3_object" "aws_managed_alias" {
  bucket     = aws_s3_bucket.private.id
  key        = "aws-managed.txt"
  content    = "x"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:alias/aws/s3"
}

resource "aws_s3_object" "key_from_var" {
  bucket     = aws_s3_bucket.private.id
  key        = "key-from-var.txt"
  content    = "x"
  kms_key_id = var.key_arn
}

resource "aws_s3_object" "key_behind_local" {
  bucket     = aws_s3_bucket.private.id
  key        = "key-behind-local.txt"
  content    = "x"
  kms_key_id = local.key
}

resource "aws_s3_bucket_object" "legacy_no_key" {
  bucket  = aws_s3_bucket.private.id
  key     = "legacy.txt"
  content = "x"
}

resource "aws_s3_object_copy" "copy_with_key" {
  bucket     = aws_s3_bucket.private.id
  key        = "copy.txt"
  source     = "example-private/no-key.txt"
  kms_key_id = aws_kms_key.data.arn
}

module "bucket" {
  source    = "./modules/bucket"
  acl       = "public-read"
  principal = "*"
  block     = false
  key       = aws_kms_key.data.arn
}

# A bucket whose default encryption is a customer key: its objects inherit it.
resource "aws_s3_bucket" "default_customer_key" {
  bucket = "example-default-customer-key"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "default_customer_key" {
  bucket = aws_s3_bucket.default_customer_key.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_object" "inherits_bucket_key" {
  bucket  = aws_s3_bucket.default_customer_key.id
  key     = "inherits.txt"
  content = "x"
}
