# AWS-S3-008: explicit default encryption with a KMS key.
resource "aws_kms_key" "helper" {
  description = "s3"
}

resource "aws_s3_bucket" "pass_kms" {
  bucket = "example-s3008-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "helper_kms" {
  bucket = aws_s3_bucket.pass_kms.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.helper.arn
    }
  }
}

resource "aws_s3_bucket" "fail_sse_s3" {
  bucket = "example-s3008-aes"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "helper_aes" {
  bucket = aws_s3_bucket.fail_sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "fail_no_configuration" {
  bucket = "example-s3008-none"
}

resource "aws_s3_bucket" "unknown_algorithm" {
  bucket = "example-s3008-unknown"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "helper_unknown" {
  bucket = aws_s3_bucket.unknown_algorithm.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = aws_kms_key.helper.arn != "" ? "aws:kms" : "AES256"
    }
  }
}
