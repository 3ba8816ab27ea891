# AWS-CT-001 (stack): the only trail's enable_logging is computed at apply, behind a local.
locals {
  logging = aws_s3_bucket.helper.arn != ""
}

resource "aws_s3_bucket" "helper" {
  bucket = "example-ct001-unknown"
}

resource "aws_cloudtrail" "maybe" {
  name           = "maybe"
  s3_bucket_name = aws_s3_bucket.helper.id
  enable_logging = local.logging
}
