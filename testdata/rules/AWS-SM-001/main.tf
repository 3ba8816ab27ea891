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

# AWS managed keys named by alias, or by the alias's ARN, are not customer keys.
variable "secrets_key" {
  type    = string
  default = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "fail_aws_managed_alias" {
  name_prefix = "fail-"
  kms_key_id  = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "fail_aws_managed_alias_arn" {
  name_prefix = "fail-"
  kms_key_id  = "arn:aws:kms:us-east-1:111122223333:alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "fail_aws_managed_from_variable" {
  name_prefix = "fail-"
  kms_key_id  = var.secrets_key
}

resource "aws_secretsmanager_secret" "pass_customer_alias" {
  name_prefix = "pass-"
  kms_key_id  = "alias/app-secrets"
}

module "secret" {
  source     = "./modules/secret"
  kms_key_id = var.secrets_key
}
