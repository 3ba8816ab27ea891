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

resource "aws_lambda_function" "unknown_references" {
  function_name = "unknown-references"
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

# A literal URL beside a reference: the plan lists the map's references only, so whether
# API_URL is written literally it cannot tell (Unknown); the .tf source can (tests/source.rs).
resource "aws_lambda_function" "unknown_url_beside_reference" {
  function_name = "unknown-url-beside-reference"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      QUEUE_URL = aws_sqs_queue.helper.url
      API_URL   = "https://api.example.com/v1"
    }
  }
}

variable "api_url" {
  type    = string
  default = "https://api.example.com/v1"
}

# The URL is a variable's value: passed in, not hard-coded (the plan knows the map, and the
# variable accounts for the URL).
resource "aws_lambda_function" "pass_url_from_variable" {
  function_name = "pass-url-from-variable"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      API_URL   = var.api_url
      LOG_LEVEL = "INFO"
    }
  }
}

locals {
  config_path = "/app/config"
}

# A path from a local: the plan knows the map but not where the path comes from (locals are
# not in the plan JSON); with the source it is a reference, not a literal of the map.
resource "aws_lambda_function" "unknown_path_from_local" {
  function_name = "unknown-path-from-local"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      CONFIG_PATH = local.config_path
      LOG_LEVEL   = var.api_url == "" ? "DEBUG" : "INFO"
    }
  }
}
