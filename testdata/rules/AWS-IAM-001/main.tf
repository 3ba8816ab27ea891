# AWS-IAM-001: Allow on Resource "*" for actions that support resource-level permissions.
resource "aws_dynamodb_table" "helper" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_iam_policy" "fail_star" {
  name = "fail-star"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "pass_scoped" {
  name = "pass-scoped"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = "arn:aws:dynamodb:us-east-1:210987654321:table/orders" }]
  })
}

resource "aws_iam_role" "helper" {
  name = "helper"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "pass_wildcard_only" {
  name = "describe"
  role = aws_iam_role.helper.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ec2:DescribeInstances", "ec2:DescribeSubnets", "xray:PutTraceSegments", "ssmmessages:*"], Resource = "*" },
      { Effect = "Deny", Action = "s3:*", Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "fail_doc" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "helper_kms" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
  }
}

resource "aws_iam_user" "helper" {
  name = "helper"
}

resource "aws_iam_user_policy" "fail_from_doc" {
  name   = "decrypt"
  user   = aws_iam_user.helper.name
  policy = data.aws_iam_policy_document.helper_kms.json
}

resource "aws_iam_policy" "unknown_arn" {
  name = "unknown-arn"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = aws_dynamodb_table.helper.arn }]
  })
}

resource "aws_sqs_queue" "helper" {
  name = "jobs"
}

data "aws_iam_policy_document" "helper_queue" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.helper.arn]
  }
}

resource "aws_iam_group" "helper" {
  name = "helpers"
}

resource "aws_iam_group_policy" "pass_doc_read_at_apply" {
  name   = "send"
  group  = aws_iam_group.helper.name
  policy = data.aws_iam_policy_document.helper_queue.json
}

resource "aws_iam_policy" "pass_other_service" {
  name = "pass-other-service"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "mediaconvert:ListQueues", Resource = "*" }]
  })
}

locals {
  table_arn = aws_dynamodb_table.helper.arn
}

# Read at apply (its resources are unknown), and still judged from its statement blocks.
data "aws_iam_policy_document" "helper_star_at_apply" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = [aws_sqs_queue.helper.url]
    }
  }
}

resource "aws_iam_group_policy" "fail_doc_read_at_apply" {
  name   = "decrypt"
  group  = aws_iam_group.helper.name
  policy = data.aws_iam_policy_document.helper_star_at_apply.json
}

data "aws_iam_policy_document" "helper_local" {
  statement {
    actions   = ["dynamodb:GetItem"]
    resources = [local.table_arn]
  }
}

resource "aws_iam_group_policy" "unknown_doc_local" {
  name   = "read"
  group  = aws_iam_group.helper.name
  policy = data.aws_iam_policy_document.helper_local.json
}

# Some Describe actions take resource ARNs (ec2:DescribeInstanceAttribute): the pattern counts.
resource "aws_iam_policy" "fail_describe_star" {
  name = "fail-describe-star"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:Describe*", Resource = "*" }]
  })
}
