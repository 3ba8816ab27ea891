# AWS-IAM-002: an Allow with NotAction grants every action but those listed: broader than a
# service wildcard, whatever its resources.
resource "aws_iam_policy" "fail_notaction" {
  name = "fail-notaction"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "fail_notaction_scoped" {
  name = "fail-notaction-scoped"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "s3:DeleteObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}

# A Deny with NotAction grants nothing.
resource "aws_iam_policy" "pass_deny_notaction" {
  name = "pass-deny-notaction"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" },
      { Effect = "Deny", NotAction = "s3:GetObject", Resource = "*" },
    ]
  })
}

# NotResource widens resources, not actions.
resource "aws_iam_policy" "pass_notresource" {
  name = "pass-notresource"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", NotResource = "arn:aws:s3:::private/*" }]
  })
}

# In a role's inline policy, from a variable.
variable "worker_actions" {
  type    = list(string)
  default = ["sqs:*"]
}

resource "aws_iam_role" "fail_inline_star" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name = "work"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = var.worker_actions, Resource = "arn:aws:sqs:us-east-1:210987654321:jobs" }]
    })
  }
}

# From a document data source's not_actions.
data "aws_iam_policy_document" "fail_doc_notaction" {
  statement {
    not_actions = ["iam:*"]
    resources   = ["arn:aws:s3:::reports/*"]
  }
}
