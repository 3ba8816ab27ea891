# F14 SNS and SQS rules: AWS-SNS-002/003, AWS-SQS-001/002/003.
variable "sse" {
  type    = bool
  default = false
}

resource "aws_kms_key" "messages" {
  description = "messages"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# --- SNS topics ---
resource "aws_sns_topic" "customer_key" {
  name              = "customer-key"
  kms_master_key_id = aws_kms_key.messages.arn
}

resource "aws_sns_topic" "aws_managed_key" {
  name              = "aws-managed-key"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "unencrypted" {
  name = "unencrypted"
}

resource "aws_sns_topic" "key_unknown" {
  name              = "key-unknown"
  kms_master_key_id = aws_eip.helper.public_ip != "" ? aws_kms_key.messages.arn : null
}

# An inline policy open to everyone.
resource "aws_sns_topic" "inline_public" {
  name              = "inline-public"
  kms_master_key_id = "alias/aws/sns"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Subscribe"
      Resource  = "*"
    }]
  })
}

resource "aws_sns_topic_policy" "public_not_action" {
  arn = aws_sns_topic.unencrypted.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      NotAction = "sns:DeleteTopic"
      Resource  = "arn:aws:sns:us-east-1:111122223333:unencrypted"
    }]
  })
}

resource "aws_sns_topic_policy" "source_account" {
  arn = aws_sns_topic.customer_key.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:us-east-1:111122223333:customer-key"
      }, {
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:us-east-1:111122223333:customer-key"
      Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
    }]
  })
}

data "aws_iam_policy_document" "topic_unknown_condition" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [aws_eip.helper.public_ip]
    }
  }
}

# The condition's value is another resource's attribute: it names one account, so it restricts.
resource "aws_sns_topic_policy" "condition_from_resource" {
  arn    = aws_sns_topic.key_unknown.arn
  policy = data.aws_iam_policy_document.topic_unknown_condition.json
}

data "aws_iam_policy_document" "topic_effect_unknown" {
  statement {
    effect    = aws_eip.helper.public_ip != "" ? "Allow" : "Deny"
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "effect_unknown" {
  arn    = aws_sns_topic.aws_managed_key.arn
  policy = data.aws_iam_policy_document.topic_effect_unknown.json
}

# --- SQS queues ---
resource "aws_sqs_queue" "sse_default" {
  name = "sse-default"
}

resource "aws_sqs_queue" "sse_disabled" {
  name                    = "sse-disabled"
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "kms" {
  name              = "kms"
  kms_master_key_id = aws_kms_key.messages.id
}

resource "aws_sqs_queue" "sse_unknown" {
  name                    = "sse-unknown"
  sqs_managed_sse_enabled = aws_eip.helper.public_ip != ""
}

module "queue_from_var" {
  source = "./modules/queue"
  name   = "from-var"
  sse    = var.sse
}

module "queue_sse_on" {
  source = "./modules/queue"
  name   = "sse-on"
  sse    = true
}

# Inline policy: open to everyone with all SQS actions.
resource "aws_sqs_queue" "inline_public_all" {
  name = "inline-public-all"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = "*"
    }]
  })
}

resource "aws_sqs_queue_policy" "from_topic" {
  queue_url = aws_sqs_queue.sse_default.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:sse-default"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:us-east-1:111122223333:customer-key" } }
    }]
  })
}

resource "aws_sqs_queue_policy" "public_send" {
  queue_url = aws_sqs_queue.kms.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:SendMessage"]
      Resource  = "arn:aws:sqs:us-east-1:111122223333:kms"
    }]
  })
}

resource "aws_sqs_queue_policy" "account_all_actions" {
  queue_url = aws_sqs_queue.sse_disabled.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "*"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:sse-disabled"
    }]
  })
}

data "aws_iam_policy_document" "queue_unknown" {
  statement {
    effect    = aws_eip.helper.public_ip != "" ? "Allow" : "Deny"
    actions   = ["sqs:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "unknown_at_apply" {
  queue_url = aws_sqs_queue.sse_unknown.id
  policy    = data.aws_iam_policy_document.queue_unknown.json
}

# Values from variables.
variable "topic_key" {
  type    = string
  default = "alias/aws/sns"
}

variable "open_policy" {
  type    = string
  default = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"],
        "Resource": "*"
      }]
    }
  EOT
}

variable "topic_policy" {
  type    = string
  default = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
        "Action": "sns:Publish",
        "Resource": "*"
      }]
    }
  EOT
}

resource "aws_sns_topic" "from_vars" {
  name              = "from-vars"
  kms_master_key_id = var.topic_key
  policy            = var.topic_policy
}

resource "aws_sqs_queue_policy" "from_var" {
  queue_url = aws_sqs_queue.kms.id
  policy    = var.open_policy
}
