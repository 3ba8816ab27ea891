# AWS-XRAY-001: a traced function and a sampling rule.
resource "aws_iam_role" "lambda" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  tracing_config {
    mode = "Active"
  }
}

resource "aws_xray_sampling_rule" "default" {
  rule_name      = "default-api"
  priority       = 100
  reservoir_size = 5
  fixed_rate     = 0.1
  service_name   = "*"
  service_type   = "*"
  host           = "*"
  http_method    = "*"
  url_path       = "*"
  resource_arn   = "*"
  version        = 1
}

