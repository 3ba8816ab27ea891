# AWS-LMB-004: layers must be in the function's region.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

locals {
  layer = terraform_data.helper.output
}

resource "terraform_data" "helper" {
  input = "arn:aws:lambda:us-east-1:210987654321:layer:deps:1"
}

resource "aws_iam_role" "helper" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_layer_version" "helper_us" {
  layer_name = "deps"
  s3_bucket  = "code-artifacts"
  s3_key     = "deps.zip"
}

resource "aws_lambda_function" "pass_same_region" {
  function_name = "pass-same-region"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  layers        = ["arn:aws:lambda:us-east-1:210987654321:layer:deps:3", aws_lambda_layer_version.helper_us.arn]
}

resource "aws_lambda_function" "fail_literal_arn" {
  provider      = aws.eu
  function_name = "fail-literal-arn"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts-eu"
  s3_key        = "fn.zip"
  layers        = ["arn:aws:lambda:us-east-1:210987654321:layer:deps:3"]
}

resource "aws_lambda_function" "fail_layer_resource" {
  provider      = aws.eu
  function_name = "fail-layer-resource"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts-eu"
  s3_key        = "fn.zip"
  layers        = [aws_lambda_layer_version.helper_us.arn]
}

resource "aws_lambda_function" "unknown_local" {
  function_name = "unknown-local"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  layers        = [local.layer]
}

resource "aws_lambda_function" "helper_no_layers" {
  function_name = "no-layers"
  role          = aws_iam_role.helper.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}
