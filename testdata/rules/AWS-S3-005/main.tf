# AWS-S3-005 (opt): bucket policies that deny unencrypted uploads.
resource "aws_s3_bucket" "pass_denies_unencrypted" {
  bucket = "example-s3005-pass"
}

resource "aws_s3_bucket_policy" "helper_deny" {
  bucket = aws_s3_bucket.pass_denies_unencrypted.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyUnencrypted"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::example-s3005-pass/*"
      Condition = { StringNotEquals = { "s3:x-amz-server-side-encryption" = "aws:kms" } }
    }]
  })
}

resource "aws_s3_bucket" "fail_no_policy" {
  bucket = "example-s3005-none"
}

resource "aws_s3_bucket" "unknown_policy_unknown" {
  bucket = "example-s3005-unknown"
}

resource "aws_s3_bucket_policy" "helper_unknown" {
  bucket = aws_s3_bucket.unknown_policy_unknown.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:PutObject", Resource = ["${aws_s3_bucket.unknown_policy_unknown.arn}/*"], Condition = { Null = { "s3:x-amz-server-side-encryption" = "true" } } }]
  })
}
