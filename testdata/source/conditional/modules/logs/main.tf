variable "vpc_id" {}

variable "create" {}

locals {
  enabled = var.create == true
  vpc_id  = local.enabled ? var.vpc_id : null
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "flow-${var.vpc_id}"
  retention_in_days = 30
}

resource "aws_iam_role" "flow" {
  name_prefix = "flow"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
    }]
  })
}

resource "aws_flow_log" "this" {
  vpc_id          = local.vpc_id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = aws_iam_role.flow.arn
}
