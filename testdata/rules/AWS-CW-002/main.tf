# AWS-CW-002: log group retention; null and 0 both mean "never expire".
locals {
  days = length(aws_kms_key.helper.arn) > 0 ? 30 : 7
}

resource "aws_kms_key" "helper" {
  description = "logs"
}

resource "aws_cloudwatch_log_group" "pass_ninety_days" {
  name              = "/fixture/pass"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "fail_unset" {
  name = "/fixture/unset"
}

resource "aws_cloudwatch_log_group" "fail_zero" {
  name              = "/fixture/zero"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "unknown_computed" {
  name              = "/fixture/unknown"
  retention_in_days = local.days
}
