# AWS-S3-001 when a public access block's bucket goes through a local.
locals {
  target = aws_s3_bucket.unknown_behind_local.id
}

resource "aws_s3_bucket" "unknown_behind_local" {
  bucket = "example-unknown-behind-local"
}

resource "aws_s3_bucket_public_access_block" "helper" {
  bucket                  = local.target
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
