# AWS-LMB-006: literal ARNs, URLs, paths and hosts in environment variables.
resource "aws_iam_role" "helper" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_sqs_queue" "helper" {
  name = "orders"
}

resource "aws_lambda_function" "fail_literals" {
  function_name = "fail-literals"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/210987654321/orders"
      TABLE_ARN = "arn:aws:dynamodb:us-east-1:210987654321:table/orders"
      DB_HOST   = "db.prod.internal"
      LOG_LEVEL = "INFO"
    }
  }
}

resource "aws_lambda_function" "pass_plain" {
  function_name = "pass-plain"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      LOG_LEVEL = "INFO"
      STAGE     = "prod"
    }
  }
}

resource "aws_lambda_function" "pass_references" {
  function_name = "pass-references"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      QUEUE_URL = aws_sqs_queue.helper.url
      LOG_LEVEL = "INFO"
    }
  }
}
