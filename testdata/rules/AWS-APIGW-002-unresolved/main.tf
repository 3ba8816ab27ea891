# AWS-APIGW-002: a usage plan whose API cannot be followed.
locals {
  api_id = terraform_data.api.output
}

resource "terraform_data" "api" {
  input = "abc123"
}

resource "aws_api_gateway_rest_api" "unknown_maybe" {
  name = "unknown_maybe"
}

resource "aws_api_gateway_resource" "helper_unknown_maybe" {
  rest_api_id = aws_api_gateway_rest_api.unknown_maybe.id
  parent_id   = aws_api_gateway_rest_api.unknown_maybe.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "helper_unknown_maybe" {
  rest_api_id   = aws_api_gateway_rest_api.unknown_maybe.id
  resource_id   = aws_api_gateway_resource.helper_unknown_maybe.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "helper_unknown_maybe" {
  rest_api_id = aws_api_gateway_rest_api.unknown_maybe.id
  resource_id = aws_api_gateway_resource.helper_unknown_maybe.id
  http_method = aws_api_gateway_method.helper_unknown_maybe.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "helper_unknown_maybe" {
  rest_api_id = aws_api_gateway_rest_api.unknown_maybe.id
  depends_on  = [aws_api_gateway_integration.helper_unknown_maybe]
}

resource "aws_api_gateway_stage" "helper" {
  rest_api_id   = aws_api_gateway_rest_api.unknown_maybe.id
  deployment_id = aws_api_gateway_deployment.helper_unknown_maybe.id
  stage_name    = "prod"
}

resource "aws_api_gateway_usage_plan" "default" {
  name = "default"
  api_stages {
    api_id = local.api_id
    stage  = aws_api_gateway_stage.helper.stage_name
  }
}
