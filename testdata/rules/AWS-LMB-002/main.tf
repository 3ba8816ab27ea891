# AWS-LMB-002: a DLQ or an on-failure destination for every function.
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

resource "aws_lambda_function" "pass_destination" {
  function_name = "pass-destination"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function_event_invoke_config" "helper_destination" {
  function_name = aws_lambda_function.pass_destination.function_name
  destination_config {
    on_failure {
      destination = aws_sqs_queue.helper.arn
    }
  }
}

resource "aws_lambda_function" "pass_by_name" {
  function_name = "pass-by-name"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function_event_invoke_config" "helper_by_name" {
  function_name = "pass-by-name"
  destination_config {
    on_failure {
      destination = "arn:aws:sqs:us-east-1:210987654321:failures"
    }
  }
}

resource "aws_lambda_function" "fail_retries_only" {
  function_name = "fail-retries-only"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function_event_invoke_config" "helper_retries" {
  function_name          = aws_lambda_function.fail_retries_only.function_name
  maximum_retry_attempts = 1
}

resource "aws_lambda_function" "fail_nothing" {
  function_name = "fail-nothing"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

