# AWS-CW-001: log group encryption with a key created in the same apply, a literal ARN, none,
# and one behind a local.
locals {
  key = aws_kms_key.helper.arn
}

resource "aws_kms_key" "helper" {
  description = "logs"
}

resource "aws_cloudwatch_log_group" "pass_key_reference" {
  name       = "/fixture/pass-key-reference"
  kms_key_id = aws_kms_key.helper.arn
}

resource "aws_cloudwatch_log_group" "pass_literal_arn" {
  name       = "/fixture/pass-literal-arn"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudwatch_log_group" "fail_no_key" {
  name = "/fixture/fail-no-key"
}

resource "aws_cloudwatch_log_group" "unknown_behind_local" {
  name       = "/fixture/unknown-behind-local"
  kms_key_id = local.key
}

# The ARN of an AWS managed key's alias is not a customer key.
resource "aws_cloudwatch_log_group" "fail_aws_managed_alias_arn" {
  name       = "/fixture/fail-aws-managed"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:alias/aws/logs"
}
