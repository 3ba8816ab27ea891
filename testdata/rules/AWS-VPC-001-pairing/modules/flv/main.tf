variable "vpc_ids" {
  type = list(string)
}

resource "aws_flow_log" "helper" {
  count                = 2
  vpc_id               = var.vpc_ids[count.index]
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}
