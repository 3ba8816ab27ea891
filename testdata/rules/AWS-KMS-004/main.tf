# AWS-KMS-004: consumers and keys in different regions.
locals {
  dr_region = "us-west-2"
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "unknown"
  region = local.dr_region
}

resource "aws_kms_key" "helper_east" {
  description = "east"
}

resource "aws_cloudwatch_log_group" "pass_same_region" {
  name       = "/fixture/kms004-east"
  kms_key_id = aws_kms_key.helper_east.arn
}

resource "aws_cloudwatch_log_group" "fail_key_from_other_region" {
  provider   = aws.west
  name       = "/fixture/kms004-west"
  kms_key_id = aws_kms_key.helper_east.arn
}

resource "aws_secretsmanager_secret" "unknown_region_unknown" {
  provider    = aws.unknown
  name_prefix = "kms004-"
  kms_key_id  = aws_kms_key.helper_east.arn
}
