# AWS-S3-002: versioning by companion resource, in the same module and in another.
resource "aws_kms_key" "helper" {
  description = "s3"
}

resource "aws_s3_bucket" "pass_versioning_enabled" {
  bucket = "example-s3002-pass"
}

resource "aws_s3_bucket_versioning" "helper_enabled" {
  bucket = aws_s3_bucket.pass_versioning_enabled.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "fail_no_versioning" {
  bucket = "example-s3002-none"
}

resource "aws_s3_bucket" "fail_suspended" {
  bucket = "example-s3002-suspended"
}

resource "aws_s3_bucket_versioning" "helper_suspended" {
  bucket = aws_s3_bucket.fail_suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "pass_versioning_in_module" {
  bucket = "example-s3002-module"
}

module "versioning" {
  source = "./modules/versioning"
  bucket = aws_s3_bucket.pass_versioning_in_module.id
}

resource "aws_s3_bucket" "unknown_status" {
  bucket = "example-s3002-unknown"
}

resource "aws_s3_bucket_versioning" "helper_unknown" {
  bucket = aws_s3_bucket.unknown_status.id
  versioning_configuration {
    status = aws_kms_key.helper.arn != "" ? "Enabled" : "Suspended"
  }
}
