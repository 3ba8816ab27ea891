# AWS-KMS-002: key policies against the services that use the key.
resource "aws_iam_role" "helper" {
  name_prefix = "kms-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_kms_key" "helper_logs" {
  description = "logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },
      { Sid = "logs", Effect = "Allow", Principal = { Service = "logs.us-east-1.amazonaws.com" }, Action = ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*", "kms:Describe*"], Resource = "*" }
    ]
  })
}

resource "aws_kms_key" "helper_default" {
  description = "default policy"
}

resource "aws_kms_key" "helper_unknown" {
  description = "unknown policy"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "role", Effect = "Allow", Principal = { AWS = aws_iam_role.helper.arn }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_cloudwatch_log_group" "pass_key_admits_logs" {
  name       = "/fixture/kms002-pass"
  kms_key_id = aws_kms_key.helper_logs.arn
}

resource "aws_cloudwatch_log_group" "fail_default_key_policy" {
  name       = "/fixture/kms002-default"
  kms_key_id = aws_kms_key.helper_default.arn
}

resource "aws_cloudwatch_log_group" "unknown_policy_unknown" {
  name       = "/fixture/kms002-unknown"
  kms_key_id = aws_kms_key.helper_unknown.arn
}

resource "aws_cloudtrail" "fail_trail_key_without_cloudtrail" {
  name           = "fixture"
  s3_bucket_name = "example-trail-bucket"
  kms_key_id     = aws_kms_key.helper_logs.arn
}

resource "aws_sns_topic" "fail_alarm_topic_key_without_cloudwatch" {
  name              = "kms002-alarms"
  kms_master_key_id = aws_kms_key.helper_logs.arn
}

resource "aws_cloudwatch_metric_alarm" "helper" {
  alarm_name          = "fixture"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.fail_alarm_topic_key_without_cloudwatch.arn]
}

# Not notified by alarms: not judged.
resource "aws_sns_topic" "helper_plain" {
  name              = "kms002-plain"
  kms_master_key_id = aws_kms_key.helper_default.arn
}
