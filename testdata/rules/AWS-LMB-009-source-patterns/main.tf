# AWS-LMB-009: a source_arn limits a service permission only when it names one resource or
# account; arn:aws:s3:::* is any bucket of any account (second adversarial review).
resource "aws_iam_role" "fn" {
  name = "lmb009-patterns"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_lambda_function" "fn" {
  function_name = "lmb009-patterns"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "tfaudit-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "tfaudit-lmb009-uploads"
}

resource "aws_lambda_permission" "fail_any_bucket" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::*"
}

resource "aws_lambda_permission" "pass_api_of_one_account" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:aws:execute-api:us-east-1:123456789012:abc123/*/*/*"
}

resource "aws_lambda_permission" "pass_the_bucket" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}

resource "aws_lambda_permission" "pass_named_bucket" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::tfaudit-lmb009-uploads"
}
