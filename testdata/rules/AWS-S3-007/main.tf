# AWS-S3-007: lifecycle rules that expire without transitioning.
resource "aws_kms_key" "helper" {
  description = "s3"
}

resource "aws_s3_bucket" "helper" {
  bucket = "example-s3007"
}

resource "aws_s3_bucket_lifecycle_configuration" "fail_expire_only" {
  bucket = aws_s3_bucket.helper.id
  rule {
    id     = "expire"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    expiration {
      days = 365
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "pass_with_transition" {
  bucket = aws_s3_bucket.helper.id
  rule {
    id     = "archive"
    status = "Enabled"
    filter {
      prefix = "logs/"
    }
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
    expiration {
      days = 365
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "pass_disabled_rule" {
  bucket = aws_s3_bucket.helper.id
  rule {
    id     = "off"
    status = "Disabled"
    filter {
      prefix = "old/"
    }
    expiration {
      days = 30
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "unknown_status" {
  bucket = aws_s3_bucket.helper.id
  rule {
    id     = "maybe"
    status = aws_kms_key.helper.arn != "" ? "Enabled" : "Disabled"
    filter {
      prefix = "maybe/"
    }
    expiration {
      days = 30
    }
  }
}
