# AWS-KMS-003 when a consumer's key goes through a local.
locals {
  key = aws_kms_key.unknown_behind_local.arn
}

resource "aws_kms_key" "unknown_behind_local" {
  description = "maybe used"
}

resource "aws_cloudwatch_log_group" "helper" {
  name       = "/fixture/kms003-local"
  kms_key_id = local.key
}
