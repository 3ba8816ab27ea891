variable "vpc_id" {}
variable "route_tables" {
  type = list(string)
}

resource "aws_vpc_endpoint" "pass_tables_from_module_argument" {
  vpc_id          = var.vpc_id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = var.route_tables
}
