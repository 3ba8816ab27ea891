variable "vpc_id" {
  type = string
}

resource "aws_flow_log" "helper" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}
