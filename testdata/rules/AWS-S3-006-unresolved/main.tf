# AWS-S3-006 when the lifecycle configuration's bucket goes through a local.
locals {
  target = aws_s3_bucket.unknown_behind_local.id
}

resource "aws_s3_bucket" "unknown_behind_local" {
  bucket_prefix = "s3006-"
}

resource "aws_s3_bucket_lifecycle_configuration" "helper" {
  bucket = local.target
  rule {
    id     = "abort-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
