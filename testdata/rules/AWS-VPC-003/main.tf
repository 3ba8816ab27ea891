# AWS-VPC-003: gateway endpoints with and without route tables.
locals {
  private_tables = [aws_route_table.helper.id]
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "helper" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_endpoint" "pass_route_table_ids" {
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = [aws_route_table.helper.id]
}

resource "aws_vpc_endpoint" "fail_no_route_tables" {
  vpc_id       = aws_vpc.helper.id
  service_name = "com.amazonaws.us-east-1.s3"
}

resource "aws_vpc_endpoint" "fail_empty_list" {
  vpc_id            = aws_vpc.helper.id
  service_name      = "com.amazonaws.us-east-1.dynamodb"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = []
}

resource "aws_vpc_endpoint" "pass_association" {
  vpc_id       = aws_vpc.helper.id
  service_name = "com.amazonaws.us-east-1.dynamodb"
}

resource "aws_vpc_endpoint_route_table_association" "helper" {
  vpc_endpoint_id = aws_vpc_endpoint.pass_association.id
  route_table_id  = aws_route_table.helper.id
}

resource "aws_vpc_endpoint" "unknown_behind_local" {
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = local.private_tables
}

resource "aws_vpc_endpoint" "helper_interface" {
  vpc_id            = aws_vpc.helper.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
}

module "ep" {
  source       = "./modules/ep"
  vpc_id       = aws_vpc.helper.id
  route_tables = [aws_route_table.helper.id]
}
