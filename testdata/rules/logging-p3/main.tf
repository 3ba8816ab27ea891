# F04 P3 rules (AWS-CT-008..010, AWS-CW-008..009, AWS-KMS-007, AWS-GD-003). Values known only
# after apply come from a key created in the same plan.
variable "off" {
  type    = bool
  default = false
}

variable "feature_status" {
  type    = string
  default = "DISABLED"
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later  = aws_kms_key.helper.arn != ""
  status = length(aws_kms_key.helper.arn) > 0 ? "ENABLED" : "DISABLED"
  # A key behind a local: the reference cannot be followed.
  key   = aws_kms_key.helper.arn
  topic = length(aws_kms_key.helper.arn) > 0 ? "existing-topic" : ""
}

# --- trails -----------------------------------------------------------------------------------

resource "aws_sns_topic" "trail" {
  name = "trail"
}

# enable_logging unset: the trail logs. No SNS topic.
resource "aws_cloudtrail" "defaults" {
  name           = "defaults"
  s3_bucket_name = "trail-bucket"
}

resource "aws_cloudtrail" "stopped" {
  name           = "stopped"
  s3_bucket_name = "trail-bucket"
  enable_logging = false
  sns_topic_name = aws_sns_topic.trail.name
}

resource "aws_cloudtrail" "known_after_apply" {
  name           = "known-after-apply"
  s3_bucket_name = "trail-bucket"
  enable_logging = local.later
  sns_topic_name = local.topic
}

module "trail" {
  source  = "./modules/trail"
  logging = var.off
  topic   = ""
}

# --- CloudTrail Lake event data stores ---------------------------------------------------------

resource "aws_cloudtrail_event_data_store" "defaults" {
  name = "defaults"
}

resource "aws_cloudtrail_event_data_store" "customer_key" {
  name       = "customer-key"
  kms_key_id = aws_kms_key.helper.arn
}

resource "aws_cloudtrail_event_data_store" "key_behind_local" {
  name       = "key-behind-local"
  kms_key_id = local.key
}

# --- alarms -----------------------------------------------------------------------------------

resource "aws_cloudwatch_metric_alarm" "defaults" {
  alarm_name          = "defaults"
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.trail.arn]
}

resource "aws_cloudwatch_metric_alarm" "silenced" {
  alarm_name          = "silenced"
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  actions_enabled     = var.off
  alarm_actions       = [aws_sns_topic.trail.arn]
}

resource "aws_cloudwatch_metric_alarm" "known_after_apply" {
  alarm_name          = "known-after-apply"
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  actions_enabled     = local.later
}

# --- log destination policies ---------------------------------------------------------------

resource "aws_cloudwatch_log_destination" "main" {
  name       = "main"
  role_arn   = "arn:aws:iam::111122223333:role/logs-to-kinesis"
  target_arn = "arn:aws:kinesis:us-east-1:111122223333:stream/logs"
}

resource "aws_cloudwatch_log_destination_policy" "open" {
  destination_name = aws_cloudwatch_log_destination.main.name
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "logs:PutSubscriptionFilter"
      Resource  = "arn:aws:logs:us-east-1:111122223333:destination:main"
    }]
  })
}

resource "aws_cloudwatch_log_destination_policy" "one_account" {
  destination_name = aws_cloudwatch_log_destination.main.name
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "444455556666" }
      Action    = "logs:PutSubscriptionFilter"
      Resource  = "arn:aws:logs:us-east-1:111122223333:destination:main"
    }]
  })
}

resource "aws_cloudwatch_log_destination_policy" "organisation" {
  destination_name = aws_cloudwatch_log_destination.main.name
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "logs:PutSubscriptionFilter"
      Resource  = "arn:aws:logs:us-east-1:111122223333:destination:main"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abcdef1234" } }
    }]
  })
}

resource "aws_cloudwatch_log_destination_policy" "known_after_apply" {
  destination_name = aws_cloudwatch_log_destination.main.name
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "logs:PutSubscriptionFilter"
      Resource  = aws_kms_key.helper.arn
      Condition = { StringEquals = { "aws:PrincipalAccount" = aws_kms_key.helper.key_id } }
    }]
  })
}

# --- KMS keys ---------------------------------------------------------------------------------

resource "aws_kms_key" "disabled" {
  description = "disabled"
  is_enabled  = var.off
}

resource "aws_kms_key" "known_after_apply" {
  description = "known-after-apply"
  is_enabled  = local.later
}

# --- GuardDuty --------------------------------------------------------------------------------

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector_feature" "rds" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RDS_LOGIN_EVENTS"
  status      = var.feature_status
}

resource "aws_guardduty_detector_feature" "runtime" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"
  additional_configuration {
    name   = "EKS_ADDON_MANAGEMENT"
    status = "ENABLED"
  }
  additional_configuration {
    name   = "ECS_FARGATE_AGENT_MANAGEMENT"
    status = "DISABLED"
  }
}

resource "aws_guardduty_detector_feature" "lambda" {
  detector_id = aws_guardduty_detector.main.id
  name        = "LAMBDA_NETWORK_LOGS"
  status      = local.status
}
