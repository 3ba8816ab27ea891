# AWS-IAM-004: malformed and placeholder ARNs in policies.
resource "aws_s3_bucket" "helper" {
  bucket = "alb-logs-210987654321"
}

resource "aws_s3_bucket_policy" "fail_elb_placeholder" {
  bucket = aws_s3_bucket.helper.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::elb-account-id:root" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::alb-logs-210987654321/*"
    }]
  })
}

resource "aws_kms_key" "fail_short_account" {
  description = "short account"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::21098765:root"] }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_sqs_queue" "helper" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "pass_queue" {
  queue_url = aws_sqs_queue.helper.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "210987654321", Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:210987654321:jobs"
    }]
  })
}

resource "aws_iam_role" "fail_trust" {
  name = "fail-trust"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::<ACCOUNT_ID>:root" } }]
  })
}

resource "aws_iam_role" "pass_trust" {
  name = "pass-trust"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_policy" "fail_resource" {
  name = "fail-resource"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = "arn:aws:dynamodb:us-east-1:REPLACE_ME:table/orders" }]
  })
}

resource "aws_s3_bucket" "helper_new" {
  bucket_prefix = "reports-"
}

resource "aws_s3_bucket_policy" "unknown_bucket_arn" {
  bucket = aws_s3_bucket.helper_new.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${aws_s3_bucket.helper_new.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# Read at apply (its resources are unknown): the placeholder principal is still known.
data "aws_iam_policy_document" "helper_at_apply" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.helper_new.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::elb-account-id:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "fail_doc_at_apply" {
  bucket = aws_s3_bucket.helper_new.id
  policy = data.aws_iam_policy_document.helper_at_apply.json
}
