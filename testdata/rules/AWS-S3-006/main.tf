# AWS-S3-006: lifecycle configuration present or not.
resource "aws_s3_bucket" "pass_lifecycle" {
  bucket = "example-s3006-pass"
}

resource "aws_s3_bucket_lifecycle_configuration" "helper" {
  bucket = aws_s3_bucket.pass_lifecycle.id
  rule {
    id     = "abort-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

resource "aws_s3_bucket" "fail_no_lifecycle" {
  bucket = "example-s3006-fail"
}
