variable "net" {
  type = any
}

resource "aws_vpc_endpoint" "this" {
  vpc_id            = var.net.vpc.id
  service_name      = "com.amazonaws.us-east-1.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = var.net.route_table_ids
}
