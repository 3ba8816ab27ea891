# AWS-CW-003: an alarm whose dimensions go through a local over an unknown value.
resource "aws_iam_role" "lambda" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "unknown_maybe" {
  function_name = "unknown_maybe"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

locals {
  fn = terraform_data.name.output
}

resource "terraform_data" "name" {
  input = "unknown_maybe"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = local.fn }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
