# AWS-APIGW-001: API logging needs the account's CloudWatch role in the same region.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

locals {
  level = terraform_data.level.output
}

resource "terraform_data" "level" {
  input = "INFO"
}

resource "aws_iam_role" "apigw" {
  name = "apigw-cloudwatch"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "apigateway.amazonaws.com" } }]
  })
}

resource "aws_api_gateway_account" "us" {
  cloudwatch_role_arn = aws_iam_role.apigw.arn
}

resource "aws_cloudwatch_log_group" "eu" {
  provider          = aws.eu
  name              = "/apigw/eu"
  retention_in_days = 30
}

resource "aws_api_gateway_rest_api" "us" {
  name = "us"
}

resource "aws_api_gateway_resource" "us" {
  rest_api_id = aws_api_gateway_rest_api.us.id
  parent_id   = aws_api_gateway_rest_api.us.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "us" {
  rest_api_id   = aws_api_gateway_rest_api.us.id
  resource_id   = aws_api_gateway_resource.us.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "us" {
  rest_api_id = aws_api_gateway_rest_api.us.id
  resource_id = aws_api_gateway_resource.us.id
  http_method = aws_api_gateway_method.us.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "us" {
  rest_api_id = aws_api_gateway_rest_api.us.id
  depends_on  = [aws_api_gateway_integration.us]
}

resource "aws_api_gateway_stage" "helper_us" {
  rest_api_id   = aws_api_gateway_rest_api.us.id
  deployment_id = aws_api_gateway_deployment.us.id
  stage_name    = "prod"
}

resource "aws_api_gateway_method_settings" "pass_info" {
  rest_api_id = aws_api_gateway_rest_api.us.id
  stage_name  = aws_api_gateway_stage.helper_us.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "helper_off" {
  rest_api_id = aws_api_gateway_rest_api.us.id
  stage_name  = aws_api_gateway_stage.helper_us.stage_name
  method_path = "orders/GET"
  settings {
    logging_level = "OFF"
  }
}

resource "aws_api_gateway_method_settings" "unknown_level" {
  rest_api_id = aws_api_gateway_rest_api.us.id
  stage_name  = aws_api_gateway_stage.helper_us.stage_name
  method_path = "orders/POST"
  settings {
    logging_level = local.level
  }
}

resource "aws_api_gateway_rest_api" "eu" {
  provider = aws.eu
  name     = "eu"
}

resource "aws_api_gateway_resource" "eu" {
  provider    = aws.eu
  rest_api_id = aws_api_gateway_rest_api.eu.id
  parent_id   = aws_api_gateway_rest_api.eu.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "eu" {
  provider      = aws.eu
  rest_api_id   = aws_api_gateway_rest_api.eu.id
  resource_id   = aws_api_gateway_resource.eu.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "eu" {
  provider    = aws.eu
  rest_api_id = aws_api_gateway_rest_api.eu.id
  resource_id = aws_api_gateway_resource.eu.id
  http_method = aws_api_gateway_method.eu.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "eu" {
  provider    = aws.eu
  rest_api_id = aws_api_gateway_rest_api.eu.id
  depends_on  = [aws_api_gateway_integration.eu]
}

resource "aws_api_gateway_stage" "fail_eu_access_logs" {
  provider      = aws.eu
  rest_api_id   = aws_api_gateway_rest_api.eu.id
  deployment_id = aws_api_gateway_deployment.eu.id
  stage_name    = "prod"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.eu.arn
    format          = "$context.requestId"
  }
}

