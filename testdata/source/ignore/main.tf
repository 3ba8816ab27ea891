# Inline suppressions (tests/source.rs): which findings each comment hides, and which it does not.

# tfaudit:ignore AWS-CW-001 reason: these logs hold no personal data
resource "aws_cloudwatch_log_group" "block_ignored" {
  name              = "block-ignored"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "attr_ignored" {
  name              = "attr-ignored"
  retention_in_days = 0 # tfaudit:ignore AWS-CW-002 reason: kept forever by policy
}

# A suppression on one attribute does not hide the findings on another.
resource "aws_cloudwatch_log_group" "other_attr" {
  # tfaudit:ignore AWS-CW-001 reason: wrong attribute
  name = "other-attr"
  retention_in_days = 30
}

# tfaudit:ignore AWS-CW reason: sandbox account, exp:2020-01-01
resource "aws_cloudwatch_log_group" "expired" {
  name = "expired"
}

# tfaudit:ignore AWS-CW-001
resource aws_cloudwatch_log_group "malformed" {
  name              = "malformed"
  retention_in_days = 30
}
