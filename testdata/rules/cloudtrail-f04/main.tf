# F04 CloudTrail rules: AWS-CT-004 (multi-region, global events), AWS-CT-005 (CloudWatch
# Logs), AWS-CT-006 (bucket access logging), AWS-CT-007 (bucket not public).

variable "multi_region" {
  type    = bool
  default = true
}

resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "example-access-logs"
}

# Private, logged.
resource "aws_s3_bucket" "trail" {
  bucket = "example-trail"
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}

resource "aws_s3_bucket_policy" "trail" {
  bucket = aws_s3_bucket.trail.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow", Principal = { Service = "cloudtrail.amazonaws.com" }, Action = "s3:PutObject",
      Resource = "arn:aws:s3:::example-trail/AWSLogs/*"
    }]
  })
}

# Public through its ACL, not logged.
resource "aws_s3_bucket" "public_trail" {
  bucket = "example-public-trail"
}

resource "aws_s3_bucket_acl" "public_trail" {
  bucket = aws_s3_bucket.public_trail.id
  acl    = "public-read"
}

# Its policy known only at apply.
resource "aws_s3_bucket" "policy_at_apply_trail" {
  bucket = "example-policy-at-apply-trail"
}

data "aws_iam_policy_document" "effect_at_apply" {
  statement {
    effect    = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-policy-at-apply-trail/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "policy_at_apply_trail" {
  bucket = aws_s3_bucket.policy_at_apply_trail.id
  policy = data.aws_iam_policy_document.effect_at_apply.json
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

resource "aws_iam_role" "trail_to_logs" {
  name = "trail-to-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "cloudtrail.amazonaws.com" } }]
  })
}

resource "aws_cloudtrail" "single_region" {
  name           = "single-region"
  s3_bucket_name = aws_s3_bucket.public_trail.id
}

resource "aws_cloudtrail" "multi_region_full" {
  name                       = "multi-region-full"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}

resource "aws_cloudtrail" "no_global_events" {
  name                          = "no-global-events"
  s3_bucket_name                = "example-trail"
  is_multi_region_trail         = true
  include_global_service_events = false
  cloud_watch_logs_group_arn    = "arn:aws:logs:us-east-1:111122223333:log-group:trail:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/trail-to-logs"
}

resource "aws_cloudtrail" "multi_region_from_var" {
  name                       = "multi-region-from-var"
  s3_bucket_name             = "central-log-archive-bucket"
  is_multi_region_trail      = var.multi_region
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
}

resource "aws_cloudtrail" "multi_region_at_apply" {
  name                  = "multi-region-at-apply"
  s3_bucket_name        = aws_s3_bucket.policy_at_apply_trail.id
  is_multi_region_trail = aws_sqs_queue.helper.arn != ""
}

module "trail" {
  source       = "./modules/trail"
  multi_region = false
  bucket       = aws_s3_bucket.trail.id
}

# Log group and role behind locals: not followed.
locals {
  log_group = "${aws_cloudwatch_log_group.trail.arn}:*"
  role      = aws_iam_role.trail_to_logs.arn
}

resource "aws_cloudtrail" "cloudwatch_behind_local" {
  name                       = "cloudwatch-behind-local"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = local.log_group
  cloud_watch_logs_role_arn  = local.role
}
