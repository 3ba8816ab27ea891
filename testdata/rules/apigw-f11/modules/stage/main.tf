variable "rest_api_id" {
  type = string
}

variable "deployment_id" {
  type = string
}

variable "xray" {
  type = bool
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id          = var.rest_api_id
  deployment_id        = var.deployment_id
  stage_name           = "module"
  xray_tracing_enabled = var.xray
}

output "stage_name" {
  value = aws_api_gateway_stage.this.stage_name
}
