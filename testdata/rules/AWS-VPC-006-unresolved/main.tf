# AWS-VPC-006 when an association's route_table_id goes through a local.
locals {
  table = aws_route_table.unknown_behind_local.id
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "helper" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_route_table" "unknown_behind_local" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_route_table_association" "helper" {
  subnet_id      = aws_subnet.helper.id
  route_table_id = local.table
}
