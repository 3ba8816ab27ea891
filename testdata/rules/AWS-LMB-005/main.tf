# AWS-LMB-005: packages must exist (checked under the Terraform root) and not be built at plan time.
locals {
  package = terraform_data.helper.output
}

resource "terraform_data" "helper" {
  input = "build/fn.zip"
}

resource "aws_iam_role" "helper" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "pass_present" {
  function_name = "pass-present"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "package.zip"
}

resource "aws_lambda_function" "fail_placeholder" {
  function_name = "fail-placeholder"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "placeholder.zip"
}

resource "aws_lambda_function" "unknown_local" {
  function_name = "unknown-local"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = local.package
}

resource "aws_lambda_function" "helper_s3" {
  function_name = "s3"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

# Downloaded at apply by a step the function waits for: its absence from the checkout proves
# nothing.
resource "terraform_data" "download" {
  input = "downloaded.zip"
}

resource "aws_lambda_function" "unknown_downloaded_at_apply" {
  function_name = "unknown-downloaded"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  filename      = "downloaded.zip"
  depends_on    = [terraform_data.download]
}
