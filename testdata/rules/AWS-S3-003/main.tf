# AWS-S3-003: server access logging.
resource "aws_s3_bucket" "fail_log_target_unlogged" {
  bucket = "example-s3003-logs"
}

resource "aws_s3_bucket" "pass_logged" {
  bucket = "example-s3003-data"
}

resource "aws_s3_bucket_logging" "helper" {
  bucket        = aws_s3_bucket.pass_logged.id
  target_bucket = aws_s3_bucket.fail_log_target_unlogged.id
  target_prefix = "data/"
}
