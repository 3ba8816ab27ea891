# AWS-LMB-001: deprecated Lambda runtimes (dated table).
resource "aws_iam_role" "helper" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "fail_python37" {
  function_name = "fail-python37"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.7"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "fail_nodejs16" {
  function_name = "fail-nodejs16"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "nodejs16.x"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "pass_python313" {
  function_name = "pass-python313"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "helper_image" {
  function_name = "image"
  role          = aws_iam_role.helper.arn
  package_type  = "Image"
  image_uri     = "210987654321.dkr.ecr.us-east-1.amazonaws.com/app:1"
}

resource "aws_lambda_function" "fail_python310" {
  function_name = "fail-python310"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.10"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}
