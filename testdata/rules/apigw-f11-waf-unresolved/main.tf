# AWS-APIGW-010 when a web ACL association's resource_arn cannot be followed: every stage it
# might protect is Unknown.
resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_api_gateway_rest_api" "api" {
  name = "waf-unresolved"
}

resource "aws_api_gateway_resource" "items" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "items"
}

resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.items.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_integration" "get" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = aws_api_gateway_resource.items.id
  http_method = aws_api_gateway_method.get.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  depends_on  = [aws_api_gateway_integration.get]
}

resource "aws_api_gateway_stage" "blue" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "blue"
}

resource "aws_api_gateway_stage" "green" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "green"
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "api"
    sampled_requests_enabled   = false
  }
}

# Which stage it protects is decided at apply.
resource "aws_wafv2_web_acl_association" "one_of" {
  resource_arn = aws_eip.helper.public_ip != "" ? aws_api_gateway_stage.blue.arn : aws_api_gateway_stage.green.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
