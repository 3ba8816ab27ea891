# F11 P3 rules: Lambda (AWS-LMB-010..014), API Gateway (AWS-APIGW-012..016), AppSync
# (AWS-APPSYNC-001..004), Step Functions (AWS-SFN-001/002), EventBridge (AWS-EVB-001).
variable "url_auth" {
  type    = string
  default = "NONE"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_kms_key" "cmk" {
  description = "fixture"
}

resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_signer_signing_profile" "fn" {
  platform_id = "AWSLambda-SHA384-ECDSA"
}

resource "aws_lambda_code_signing_config" "fn" {
  allowed_publishers {
    signing_profile_version_arns = [aws_signer_signing_profile.fn.version_arn]
  }
}

# ---- Lambda
resource "aws_lambda_function" "signed_cmk" {
  function_name           = "signed-cmk"
  role                    = aws_iam_role.fn.arn
  handler                 = "index.handler"
  runtime                 = "python3.13"
  s3_bucket               = "code-artifacts"
  s3_key                  = "fn.zip"
  code_signing_config_arn = aws_lambda_code_signing_config.fn.arn
  kms_key_arn             = aws_kms_key.cmk.arn
  environment {
    variables = { MODE = "prod" }
  }
}

resource "aws_lambda_function" "defaults_with_env" {
  function_name = "defaults-with-env"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = { MODE = "prod" }
  }
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = aws_iam_role.fn.arn
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.us-east-1.amazonaws.com/fn:1"
}

resource "aws_lambda_function" "unknown_at_apply" {
  function_name           = "unknown-at-apply"
  role                    = aws_iam_role.fn.arn
  handler                 = "index.handler"
  runtime                 = "python3.13"
  s3_bucket               = "code-artifacts"
  s3_key                  = "fn.zip"
  code_signing_config_arn = aws_eip.helper.public_ip != "" ? aws_lambda_code_signing_config.fn.arn : null
  kms_key_arn             = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "alias/aws/lambda"
  environment {
    variables = { MODE = "prod" }
  }
}

module "fn" {
  source = "./modules/fn"
  role   = aws_iam_role.fn.arn
  action = "lambda:*"
}

resource "aws_lambda_permission" "invoke" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.signed_cmk.function_name
  principal     = "events.amazonaws.com"
}

resource "aws_lambda_permission" "get_function" {
  action        = "lambda:GetFunction"
  function_name = aws_lambda_function.signed_cmk.function_name
  principal     = "111122223333"
}

resource "aws_lambda_permission" "unknown_at_apply" {
  action        = aws_eip.helper.public_ip != "" ? "lambda:InvokeFunction" : "lambda:*"
  function_name = aws_lambda_function.signed_cmk.function_name
  principal     = "events.amazonaws.com"
}

resource "aws_lambda_function_url" "iam_cors_named" {
  function_name      = aws_lambda_function.signed_cmk.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins = ["https://app.example.com"]
  }
}

resource "aws_lambda_function_url" "public_from_var" {
  function_name      = aws_lambda_function.defaults_with_env.function_name
  authorization_type = var.url_auth
  cors {
    allow_origins = ["*"]
  }
}

resource "aws_lambda_function_url" "unknown_at_apply" {
  function_name      = aws_lambda_function.unknown_at_apply.function_name
  authorization_type = aws_eip.helper.public_ip != "" ? "AWS_IAM" : "NONE"
  cors {
    allow_origins = [aws_eip.helper.public_ip != "" ? "https://app.example.com" : "*"]
  }
}

# ---- API Gateway v2
resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "jwt" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /orders"
  authorization_type = "AWS_IAM"
}

resource "aws_apigatewayv2_route" "open" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /public"
}

resource "aws_apigatewayv2_route" "unknown_at_apply" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /maybe"
  authorization_type = aws_eip.helper.public_ip != "" ? "AWS_IAM" : "NONE"
}

# ---- API Gateway REST
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_rest_api" "inline_open_policy" {
  name = "inline-open-policy"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:*", Resource = "*" }]
  })
}

resource "aws_api_gateway_rest_api_policy" "public_invoke" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "*" }]
  })
}

resource "aws_api_gateway_rest_api_policy" "unknown_at_apply" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = aws_eip.helper.public_ip != "" ? "execute-api:Invoke" : "*", Resource = "*" }]
  })
}

resource "aws_api_gateway_request_validator" "body" {
  name        = "body"
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_api_gateway_method" "validated" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  resource_id          = aws_api_gateway_rest_api.api.root_resource_id
  http_method          = "POST"
  authorization        = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.body.id
}

resource "aws_api_gateway_method" "unvalidated" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_rest_api.api.root_resource_id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "unknown_at_apply" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  resource_id          = aws_api_gateway_rest_api.api.root_resource_id
  http_method          = "PUT"
  authorization        = "AWS_IAM"
  request_validator_id = aws_eip.helper.public_ip != "" ? aws_api_gateway_request_validator.body.id : null
}

resource "aws_api_gateway_method_settings" "metrics_no_trace" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    metrics_enabled = true
    logging_level   = "ERROR"
  }
}

resource "aws_api_gateway_method_settings" "tracing_data" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "dev"
  method_path = "*/*"
  settings {
    data_trace_enabled = true
    logging_level      = "INFO"
  }
}

resource "aws_api_gateway_method_settings" "unknown_at_apply" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "test"
  method_path = "*/*"
  settings {
    data_trace_enabled = aws_eip.helper.public_ip == ""
    metrics_enabled    = aws_eip.helper.public_ip != ""
  }
}

# ---- AppSync
resource "aws_iam_role" "appsync_logs" {
  name = "appsync-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "appsync.amazonaws.com" } }]
  })
}

resource "aws_appsync_graphql_api" "iam_logged" {
  name                = "iam-logged"
  authentication_type = "AWS_IAM"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }
}

resource "aws_appsync_graphql_api" "api_key" {
  name                = "api-key"
  authentication_type = "API_KEY"
}

resource "aws_appsync_graphql_api" "additional_api_key" {
  name                = "additional-api-key"
  authentication_type = "AWS_IAM"
  additional_authentication_provider {
    authentication_type = "API_KEY"
  }
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "NONE"
  }
}

resource "aws_appsync_graphql_api" "unknown_at_apply" {
  name                = "unknown-at-apply"
  authentication_type = aws_eip.helper.public_ip != "" ? "AWS_IAM" : "API_KEY"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = aws_eip.helper.public_ip != "" ? "ALL" : "NONE"
  }
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "iam_logged" {
  resource_arn = aws_appsync_graphql_api.iam_logged.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

resource "aws_appsync_api_cache" "encrypted" {
  api_id                     = aws_appsync_graphql_api.iam_logged.id
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_appsync_api_cache" "defaults" {
  api_id               = aws_appsync_graphql_api.api_key.id
  api_caching_behavior = "FULL_REQUEST_CACHING"
  type                 = "SMALL"
  ttl                  = 300
}

resource "aws_appsync_api_cache" "unknown_at_apply" {
  api_id                     = aws_appsync_graphql_api.unknown_at_apply.id
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = aws_eip.helper.public_ip != ""
  transit_encryption_enabled = true
}

# ---- Step Functions
resource "aws_iam_role" "sfn" {
  name = "sfn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "states.amazonaws.com" } }]
  })
}

resource "aws_cloudwatch_log_group" "sfn" {
  name = "/sfn/fixture"
}

resource "aws_sfn_state_machine" "logged_traced" {
  name       = "logged-traced"
  role_arn   = aws_iam_role.sfn.arn
  # Known only at apply: the provider validates known definitions online.
  definition = jsonencode({ Comment = aws_eip.helper.public_ip, StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  logging_configuration {
    log_destination = "${aws_cloudwatch_log_group.sfn.arn}:*"
    level           = "ERROR"
  }
  tracing_configuration {
    enabled = true
  }
}

resource "aws_sfn_state_machine" "defaults" {
  name       = "defaults"
  role_arn   = aws_iam_role.sfn.arn
  # Known only at apply: the provider validates known definitions online.
  definition = jsonencode({ Comment = aws_eip.helper.public_ip, StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "unknown_at_apply" {
  name       = "unknown-at-apply"
  role_arn   = aws_iam_role.sfn.arn
  # Known only at apply: the provider validates known definitions online.
  definition = jsonencode({ Comment = aws_eip.helper.public_ip, StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  logging_configuration {
    log_destination = "${aws_cloudwatch_log_group.sfn.arn}:*"
    level           = aws_eip.helper.public_ip != "" ? "ALL" : "OFF"
  }
  tracing_configuration {
    enabled = aws_eip.helper.public_ip != ""
  }
}

# ---- EventBridge
resource "aws_cloudwatch_event_bus" "with_policy" {
  name = "with-policy"
}

resource "aws_cloudwatch_event_bus_policy" "with_policy" {
  event_bus_name = aws_cloudwatch_event_bus.with_policy.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "events:PutEvents", Resource = aws_cloudwatch_event_bus.with_policy.arn }]
  })
}

resource "aws_cloudwatch_event_bus" "without_policy" {
  name = "without-policy"
}
