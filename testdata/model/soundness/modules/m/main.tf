variable "vpc_id" {
  type = string
}

variable "net" {
  type = any
}

variable "obj" {
  type = any
}

resource "aws_flow_log" "this" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_vpc_endpoint" "from_object" {
  vpc_id          = var.obj.other
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = var.obj.route_table_ids
}

resource "aws_vpc_endpoint" "from_whole_resource" {
  vpc_id       = var.net.id
  service_name = "com.amazonaws.us-east-1.sqs"
}

output "settings" {
  value = { rt = var.obj.route_table_ids, vpc = var.vpc_id }
}
