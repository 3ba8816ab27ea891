# AWS-S3-001: buckets and their public access blocks, in the same module and in another.
resource "aws_s3_bucket" "pass_blocked" {
  bucket = "example-pass-blocked"
}

resource "aws_s3_bucket_public_access_block" "helper_blocked" {
  bucket                  = aws_s3_bucket.pass_blocked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "fail_no_block" {
  bucket = "example-fail-no-block"
}

resource "aws_s3_bucket" "fail_partial_block" {
  bucket = "example-fail-partial-block"
}

resource "aws_s3_bucket_public_access_block" "helper_partial" {
  bucket                  = aws_s3_bucket.fail_partial_block.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "pass_block_in_module" {
  bucket = "example-pass-block-in-module"
}

module "pab" {
  source = "./modules/pab"
  bucket = aws_s3_bucket.pass_block_in_module.id
}

resource "aws_s3_bucket" "unknown_settings" {
  bucket = "example-unknown-settings"
}

resource "aws_s3_bucket_public_access_block" "helper_unknown" {
  bucket                  = aws_s3_bucket.unknown_settings.id
  block_public_acls       = aws_s3_bucket.unknown_settings.bucket_domain_name != ""
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Named by a literal bucket name instead of a reference.
resource "aws_s3_bucket" "pass_block_by_name" {
  bucket = "example-pass-block-by-name"
}

resource "aws_s3_bucket_public_access_block" "helper_by_name" {
  bucket                  = "example-pass-block-by-name"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
