# AWS-LMB-002: an invoke config whose function cannot be followed (a local over an unknown ARN).
locals {
  fn_arn = aws_lambda_function.pass_dlq.arn
}

resource "aws_iam_role" "helper" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_sqs_queue" "helper" {
  name = "failures"
}

resource "aws_lambda_function" "pass_dlq" {
  function_name = "pass-dlq"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  dead_letter_config {
    target_arn = aws_sqs_queue.helper.arn
  }
}

resource "aws_lambda_function" "unknown_maybe" {
  function_name = "unknown-maybe"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function_event_invoke_config" "helper_local" {
  function_name = local.fn_arn
  destination_config {
    on_failure {
      destination = aws_sqs_queue.helper.arn
    }
  }
}
