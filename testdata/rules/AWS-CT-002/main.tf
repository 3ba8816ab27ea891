# AWS-CT-002: log file validation.
resource "aws_kms_key" "helper" {
  description = "ct"
}

resource "aws_cloudtrail" "pass_validation" {
  name                       = "pass-validation"
  s3_bucket_name             = "example-trail-logs"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "fail_validation_unset" {
  name           = "fail-validation-unset"
  s3_bucket_name = "example-trail-logs"
}

resource "aws_cloudtrail" "unknown_validation_computed" {
  name                       = "unknown-validation-computed"
  s3_bucket_name             = "example-trail-logs"
  enable_log_file_validation = aws_kms_key.helper.arn != ""
}
