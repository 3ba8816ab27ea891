# AWS-IAM-001: the inline_policy blocks of aws_iam_role are identity policies.
locals {
  lambda_trust = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "fail_inline" {
  name               = "fail-inline"
  assume_role_policy = local.lambda_trust
  inline_policy {
    name = "scoped"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "arn:aws:sqs:us-east-1:210987654321:jobs" }]
    })
  }
  inline_policy {
    name = "star"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "dynamodb:Query", Resource = "*" }]
    })
  }
}

resource "aws_iam_role" "pass_inline" {
  name               = "pass-inline"
  assume_role_policy = local.lambda_trust
  inline_policy {
    name = "scoped"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [
        { Effect = "Allow", Action = "xray:PutTraceSegments", Resource = "*" },
        { Effect = "Allow", Action = "dynamodb:Query", Resource = "arn:aws:dynamodb:us-east-1:210987654321:table/orders" },
      ]
    })
  }
}

# No inline_policy block: nothing to judge (the provider computes an empty list).
resource "aws_iam_role" "helper_no_inline" {
  name               = "no-inline"
  assume_role_policy = local.lambda_trust
}

variable "app_policy" {
  type = string
  default = <<-JSON
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}
  JSON
}

resource "aws_iam_role" "fail_inline_from_var" {
  name               = "fail-inline-var"
  assume_role_policy = local.lambda_trust
  inline_policy {
    name   = "app"
    policy = var.app_policy
  }
}

resource "aws_sqs_queue" "helper" {
  name = "jobs"
}

# A policy whose resource is an ARN known only at apply.
resource "aws_iam_role" "unknown_inline_arn" {
  name               = "unknown-inline"
  assume_role_policy = local.lambda_trust
  inline_policy {
    name = "send"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = aws_sqs_queue.helper.arn }]
    })
  }
}

# Through a module argument, from a document data source.
data "aws_iam_policy_document" "helper_module_doc" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
  }
}

module "svc" {
  source = "./modules/svc"
  name   = "svc"
  policy = data.aws_iam_policy_document.helper_module_doc.json
}
