# AWS-S3-004: what the TLS-only Deny must cover: every principal, every S3 action, the bucket
# and all its objects, under the TLS condition alone. Narrower Denies leave the rest of the
# bucket reachable over plain HTTP.

resource "aws_s3_bucket" "fail_one_account" {
  bucket = "tfaudit-s3004-fail-one-account"
}

resource "aws_s3_bucket_policy" "one_account" {
  bucket = aws_s3_bucket.fail_one_account.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action = "s3:*"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-fail-one-account", "arn:aws:s3:::tfaudit-s3004-fail-one-account/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_get_only" {
  bucket = "tfaudit-s3004-fail-get-only"
}

resource "aws_s3_bucket_policy" "get_only" {
  bucket = aws_s3_bucket.fail_get_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action = "s3:GetObject"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-fail-get-only", "arn:aws:s3:::tfaudit-s3004-fail-get-only/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_bucket_only" {
  bucket = "tfaudit-s3004-fail-bucket-only"
}

resource "aws_s3_bucket_policy" "bucket_only" {
  bucket = aws_s3_bucket.fail_bucket_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action = "s3:*"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-fail-bucket-only"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_prefix_only" {
  bucket = "tfaudit-s3004-fail-prefix-only"
}

resource "aws_s3_bucket_policy" "prefix_only" {
  bucket = aws_s3_bucket.fail_prefix_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action = "s3:*"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-fail-prefix-only", "arn:aws:s3:::tfaudit-s3004-fail-prefix-only/public/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_other_bucket" {
  bucket = "tfaudit-s3004-fail-other-bucket"
}

resource "aws_s3_bucket_policy" "other_bucket" {
  bucket = aws_s3_bucket.fail_other_bucket.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action = "s3:*"
      Resource  = ["arn:aws:s3:::someone-else", "arn:aws:s3:::someone-else/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_extra_condition" {
  bucket = "tfaudit-s3004-fail-extra-condition"
}

resource "aws_s3_bucket_policy" "extra_condition" {
  bucket = aws_s3_bucket.fail_extra_condition.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action = "s3:*"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-fail-extra-condition", "arn:aws:s3:::tfaudit-s3004-fail-extra-condition/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" }, StringEquals = { "aws:PrincipalAccount" = "123456789012" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_not_action" {
  bucket = "tfaudit-s3004-fail-not-action"
}

resource "aws_s3_bucket_policy" "not_action" {
  bucket = aws_s3_bucket.fail_not_action.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      NotAction = "s3:GetObject"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-fail-not-action", "arn:aws:s3:::tfaudit-s3004-fail-not-action/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "pass_everything" {
  bucket = "tfaudit-s3004-pass-everything"
}

resource "aws_s3_bucket_policy" "everything" {
  bucket = aws_s3_bucket.pass_everything.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action = "s3:*"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-pass-everything", "arn:aws:s3:::tfaudit-s3004-pass-everything/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket" "pass_any_aws_principal" {
  bucket = "tfaudit-s3004-pass-any-aws-principal"
}

resource "aws_s3_bucket_policy" "any_aws_principal" {
  bucket = aws_s3_bucket.pass_any_aws_principal.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action = "s3:?*"
      Resource  = ["arn:aws:s3:::tfaudit-s3004-pass-any-aws-principal", "arn:aws:s3:::tfaudit-s3004-pass-any-aws-principal/*"]
      Condition = { Bool = { "AWS:SecureTransport" = false } }
    }]
  })
}

# The bucket's own ARN, known only at apply, and the objects under it: the usual form.
resource "aws_s3_bucket" "pass_arn_references" {
  bucket = "tfaudit-s3004-arn-references"
}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.pass_arn_references.arn, "${aws_s3_bucket.pass_arn_references.arn}/*"]
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
}

resource "aws_s3_bucket_policy" "arn_references" {
  bucket = aws_s3_bucket.pass_arn_references.id
  policy = data.aws_iam_policy_document.tls.json
}

# Through a module: the actions the Deny covers come from the caller.
module "reads_only" {
  source  = "./modules/bucket"
  name    = "tfaudit-s3004-module-reads"
  actions = ["s3:GetObject"]
}

module "everything" {
  source  = "./modules/bucket"
  name    = "tfaudit-s3004-module-all"
  actions = ["s3:*"]
}
