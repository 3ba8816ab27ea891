variable "log_group" {
  type = string
}

variable "namespace" {
  type = string
}

resource "aws_cloudwatch_log_metric_filter" "unauthorized" {
  name           = "unauthorized-api-calls"
  log_group_name = var.log_group
  pattern        = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }"
  metric_transformation {
    name      = "UnauthorizedAPICalls"
    namespace = var.namespace
    value     = "1"
  }
}
