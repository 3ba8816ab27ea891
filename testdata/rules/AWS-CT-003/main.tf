# AWS-CT-003: trail encryption with a KMS key.
locals {
  key = aws_kms_key.helper.arn
}

resource "aws_kms_key" "helper" {
  description = "ct"
}

resource "aws_cloudtrail" "pass_key" {
  name           = "pass-key"
  s3_bucket_name = "example-trail-logs"
  kms_key_id     = aws_kms_key.helper.arn
}

resource "aws_cloudtrail" "fail_no_key" {
  name           = "fail-no-key"
  s3_bucket_name = "example-trail-logs"
}

resource "aws_cloudtrail" "unknown_key_behind_local" {
  name           = "unknown-key-behind-local"
  s3_bucket_name = "example-trail-logs"
  kms_key_id     = local.key
}

# The ARN of an AWS managed key's alias is not a customer key.
resource "aws_cloudtrail" "fail_aws_managed_alias_arn" {
  name           = "fail-aws-managed"
  s3_bucket_name = "example-trail-logs"
  kms_key_id     = "arn:aws:kms:us-east-1:111122223333:alias/aws/cloudtrail"
}
