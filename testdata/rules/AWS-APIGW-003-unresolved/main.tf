# AWS-APIGW-003: an OPTIONS method whose resource cannot be followed.
locals {
  resource_id = terraform_data.id.output
}

resource "terraform_data" "id" {
  input = "abc123"
}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_resource" "unknown_maybe" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "orders_get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.unknown_maybe.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "options" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = local.resource_id
  http_method   = "OPTIONS"
  authorization = "NONE"
}
