# AWS-S3-001 with an account-level public access block: it covers every bucket.
resource "aws_s3_account_public_access_block" "helper" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "pass_account_block" {
  bucket = "example-pass-account-block"
}
