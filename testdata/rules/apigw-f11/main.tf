# F11 API Gateway rules: AWS-APIGW-004..011.
variable "xray" {
  type    = bool
  default = true
}

variable "api_key_required" {
  type    = bool
  default = false
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_cloudwatch_log_group" "api" {
  name = "/aws/apigateway/fixture"
}

resource "aws_api_gateway_rest_api" "api" {
  name = "fixture"
}

resource "aws_api_gateway_resource" "items" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "items"
}

# --- methods (AWS-APIGW-008) ---
resource "aws_api_gateway_method" "get_iam" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.items.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "post_open" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.items.id
  http_method   = "POST"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "put_api_key" {
  rest_api_id      = aws_api_gateway_rest_api.api.id
  resource_id      = aws_api_gateway_resource.items.id
  http_method      = "PUT"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_method" "delete_key_from_var" {
  rest_api_id      = aws_api_gateway_rest_api.api.id
  resource_id      = aws_api_gateway_resource.items.id
  http_method      = "DELETE"
  authorization    = "NONE"
  api_key_required = var.api_key_required
}

resource "aws_api_gateway_method" "patch_key_unknown" {
  rest_api_id      = aws_api_gateway_rest_api.api.id
  resource_id      = aws_api_gateway_resource.items.id
  http_method      = "PATCH"
  authorization    = "NONE"
  api_key_required = aws_eip.helper.public_ip != ""
}

# CORS pre-flight: not judged.
resource "aws_api_gateway_method" "options_preflight" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.items.id
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "get" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = aws_api_gateway_resource.items.id
  http_method = aws_api_gateway_method.get_iam.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  depends_on  = [aws_api_gateway_integration.get]
}

resource "aws_api_gateway_client_certificate" "backend" {
  description = "backend"
}

# --- stages ---
# Access logs, client certificate, X-Ray, execution logging and a web ACL.
resource "aws_api_gateway_stage" "hardened" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "hardened"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
  xray_tracing_enabled  = true
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

# Nothing set.
resource "aws_api_gateway_stage" "bare" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "bare"
}

# X-Ray off explicitly; method settings with logging OFF.
resource "aws_api_gateway_stage" "logging_off" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = aws_api_gateway_deployment.api.id
  stage_name           = "logging-off"
  xray_tracing_enabled = false
}

# X-Ray from a value known only at apply; method settings with a level known only at apply.
resource "aws_api_gateway_stage" "unknown_at_apply" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "unknown"
  xray_tracing_enabled  = aws_eip.helper.public_ip != ""
  client_certificate_id = aws_eip.helper.public_ip != "" ? aws_api_gateway_client_certificate.backend.id : null
  access_log_settings {
    destination_arn = aws_eip.helper.public_ip != "" ? aws_cloudwatch_log_group.api.arn : null
    format          = "$context.requestId"
  }
}

module "stage_from_var" {
  source        = "./modules/stage"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  xray          = var.xray
}

resource "aws_api_gateway_method_settings" "hardened_all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.hardened.stage_name
  method_path = "*/*"
  settings {
    logging_level        = "ERROR"
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "logging_off_all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.logging_off.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "OFF"
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "unknown_level" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.unknown_at_apply.stage_name
  method_path = "items/GET"
  settings {
    logging_level        = aws_eip.helper.public_ip != "" ? "INFO" : "OFF"
    caching_enabled      = true
    cache_data_encrypted = aws_eip.helper.public_ip != ""
  }
}

resource "aws_api_gateway_method_settings" "module_stage_no_cache" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = module.stage_from_var.stage_name
  method_path = "*/*"
  settings {
    logging_level = "INFO"
  }
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

resource "aws_wafv2_web_acl_association" "hardened" {
  resource_arn = aws_api_gateway_stage.hardened.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

# --- HTTP API stages (v2) ---
resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "logged" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "logged"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_apigatewayv2_stage" "unlogged" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "unlogged"
}

# --- custom domains (AWS-APIGW-009) ---
resource "aws_api_gateway_domain_name" "tls12" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  security_policy          = "TLS_1_2"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "tls10" {
  domain_name              = "old.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  security_policy          = "TLS_1_0"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "policy_unset" {
  domain_name              = "unset.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "policy_unknown" {
  domain_name              = "unknown.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  security_policy          = aws_eip.helper.public_ip != "" ? "TLS_1_2" : "TLS_1_0"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Values from variables.
variable "client_certificate_id" {
  type    = string
  default = "a1b2c3"
}

variable "access_log_arn" {
  type    = string
  default = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/apigateway/from-vars"
}

variable "logging_level" {
  type    = string
  default = "OFF"
}

variable "cache_encrypted" {
  type    = bool
  default = false
}

variable "domain_policy" {
  type    = string
  default = "TLS_1_2"
}

resource "aws_api_gateway_stage" "from_vars" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "from-vars"
  client_certificate_id = var.client_certificate_id
  xray_tracing_enabled  = var.xray
  access_log_settings {
    destination_arn = var.access_log_arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "from_vars" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.from_vars.stage_name
  method_path = "*/*"
  settings {
    logging_level        = var.logging_level
    caching_enabled      = true
    cache_data_encrypted = var.cache_encrypted
  }
}

resource "aws_api_gateway_domain_name" "policy_from_var" {
  domain_name              = "vars.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  security_policy          = var.domain_policy
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Method settings that name the stage by a literal stage_name on the same REST API: API
# Gateway finds the stage by API and name (AWS-APIGW-007).
resource "aws_api_gateway_stage" "named_in_settings" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "named"
}

resource "aws_api_gateway_method_settings" "named_all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "named"
  method_path = "*/*"
  settings {
    logging_level = "ERROR"
  }
  depends_on = [aws_api_gateway_stage.named_in_settings]
}
