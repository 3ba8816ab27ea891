# AWS-APIGW-002: every REST API in a usage plan.
resource "aws_api_gateway_rest_api" "pass_planned" {
  name = "pass_planned"
}

resource "aws_api_gateway_resource" "helper_pass_planned" {
  rest_api_id = aws_api_gateway_rest_api.pass_planned.id
  parent_id   = aws_api_gateway_rest_api.pass_planned.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "helper_pass_planned" {
  rest_api_id   = aws_api_gateway_rest_api.pass_planned.id
  resource_id   = aws_api_gateway_resource.helper_pass_planned.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "helper_pass_planned" {
  rest_api_id = aws_api_gateway_rest_api.pass_planned.id
  resource_id = aws_api_gateway_resource.helper_pass_planned.id
  http_method = aws_api_gateway_method.helper_pass_planned.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "helper_pass_planned" {
  rest_api_id = aws_api_gateway_rest_api.pass_planned.id
  depends_on  = [aws_api_gateway_integration.helper_pass_planned]
}

resource "aws_api_gateway_stage" "helper" {
  rest_api_id   = aws_api_gateway_rest_api.pass_planned.id
  deployment_id = aws_api_gateway_deployment.helper_pass_planned.id
  stage_name    = "prod"
}

resource "aws_api_gateway_rest_api" "fail_bare" {
  name = "fail_bare"
}

resource "aws_api_gateway_resource" "helper_fail_bare" {
  rest_api_id = aws_api_gateway_rest_api.fail_bare.id
  parent_id   = aws_api_gateway_rest_api.fail_bare.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "helper_fail_bare" {
  rest_api_id   = aws_api_gateway_rest_api.fail_bare.id
  resource_id   = aws_api_gateway_resource.helper_fail_bare.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "helper_fail_bare" {
  rest_api_id = aws_api_gateway_rest_api.fail_bare.id
  resource_id = aws_api_gateway_resource.helper_fail_bare.id
  http_method = aws_api_gateway_method.helper_fail_bare.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "helper_fail_bare" {
  rest_api_id = aws_api_gateway_rest_api.fail_bare.id
  depends_on  = [aws_api_gateway_integration.helper_fail_bare]
}

resource "aws_api_gateway_usage_plan" "default" {
  name = "default"
  api_stages {
    api_id = aws_api_gateway_rest_api.pass_planned.id
    stage  = aws_api_gateway_stage.helper.stage_name
  }
}
