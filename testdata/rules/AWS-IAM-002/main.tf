# AWS-IAM-002: service-wide or global action wildcards.
resource "aws_iam_policy" "fail_service" {
  name = "fail-service"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["elasticache:*"], Resource = "arn:aws:elasticache:us-east-1:210987654321:replicationgroup:cache" }]
  })
}

resource "aws_iam_policy" "fail_everything" {
  name = "fail-everything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = { Effect = "Allow", Action = "*", Resource = "*" }
  })
}

data "aws_iam_policy_document" "fail_not_action" {
  statement {
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}

resource "aws_iam_policy" "pass_specific" {
  name = "pass-specific"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:Get*", "s3:ListBucket"], Resource = "arn:aws:s3:::reports" },
      { Effect = "Deny", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

resource "aws_sns_topic" "helper" {
  name = "alerts"
}

resource "aws_iam_policy" "unknown_arn" {
  name = "unknown-arn"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sns:*", Resource = aws_sns_topic.helper.arn }]
  })
}

# Read at apply (its resources are unknown): its actions are still known.
data "aws_iam_policy_document" "helper_at_apply" {
  statement {
    actions   = ["sns:*"]
    resources = [aws_sns_topic.helper.arn]
  }
}

resource "aws_iam_policy" "fail_doc_at_apply" {
  name   = "fail-doc-at-apply"
  policy = data.aws_iam_policy_document.helper_at_apply.json
}
