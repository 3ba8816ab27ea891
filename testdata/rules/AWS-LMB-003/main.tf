# AWS-LMB-003: X-Ray tracing mode Active; an unset tracing_config is PassThrough.
locals {
  mode = terraform_data.helper.output
}

resource "terraform_data" "helper" {
  input = "Active"
}

resource "aws_iam_role" "helper" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "pass_active" {
  function_name = "pass-active"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  tracing_config {
    mode = "Active"
  }
}

resource "aws_lambda_function" "fail_unset" {
  function_name = "fail-unset"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "fail_passthrough" {
  function_name = "fail-passthrough"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  tracing_config {
    mode = "PassThrough"
  }
}

resource "aws_lambda_function" "unknown_mode" {
  function_name = "unknown-mode"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  tracing_config {
    mode = local.mode
  }
}
