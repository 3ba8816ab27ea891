# AWS-SM-001: secrets with and without a customer managed key.
locals {
  key = aws_kms_key.helper.arn
}

resource "aws_kms_key" "helper" {
  description = "secrets"
}

resource "aws_secretsmanager_secret" "pass_customer_key" {
  name_prefix = "pass-"
  kms_key_id  = aws_kms_key.helper.arn
}

resource "aws_secretsmanager_secret" "fail_aws_managed_key" {
  name_prefix = "fail-"
}

resource "aws_secretsmanager_secret" "unknown_key_behind_local" {
  name_prefix = "unknown-"
  kms_key_id  = local.key
}
