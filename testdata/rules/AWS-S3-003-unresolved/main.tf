# AWS-S3-003 when the logging resource's bucket goes through a local.
locals {
  source_bucket = aws_s3_bucket.unknown_behind_local.id
}

resource "aws_s3_bucket" "unknown_behind_local" {
  bucket_prefix = "s3003-"
}

resource "aws_s3_bucket_logging" "helper" {
  bucket        = local.source_bucket
  target_bucket = "example-central-logs"
  target_prefix = "data/"
}
