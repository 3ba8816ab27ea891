# AWS-IAM-001/002 judge identity policies only: key, bucket, topic, queue and trust policies
# (resource policies, with principals) are not judged, nor the documents they are made of.
data "aws_iam_policy_document" "helper_key" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

resource "aws_kms_key" "helper" {
  description = "data"
  policy      = data.aws_iam_policy_document.helper_key.json
}

resource "aws_s3_bucket" "helper" {
  bucket = "reports-210987654321"
}

# No principal of its own: a part merged into the bucket policy below.
data "aws_iam_policy_document" "helper_bucket_base" {
  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "helper_bucket_extra" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

data "aws_iam_policy_document" "helper_bucket" {
  source_policy_documents = [
    data.aws_iam_policy_document.helper_bucket_base.json,
    data.aws_iam_policy_document.helper_bucket_extra.json,
  ]
}

resource "aws_s3_bucket_policy" "helper" {
  bucket = aws_s3_bucket.helper.id
  policy = data.aws_iam_policy_document.helper_bucket.json
}

resource "aws_sns_topic" "helper" {
  name = "alerts"
}

data "aws_iam_policy_document" "helper_topic" {
  statement {
    actions   = ["sns:*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_sns_topic_policy" "helper" {
  arn    = aws_sns_topic.helper.arn
  policy = data.aws_iam_policy_document.helper_topic.json
}

resource "aws_sqs_queue" "helper" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "helper" {
  queue_url = aws_sqs_queue.helper.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sqs:*", Resource = "*", Principal = { Service = "sns.amazonaws.com" } }]
  })
}

# A trust document no role of this plan uses (a module's output, say): it names a principal.
data "aws_iam_policy_document" "helper_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

output "trust" {
  value = data.aws_iam_policy_document.helper_trust.json
}

# An identity document nothing uses is still judged.
data "aws_iam_policy_document" "fail_unused_identity" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
  }
}
