# AWS-VPC-009 (stack): the network ACL's subnets go through a local.
locals {
  subnets = [aws_subnet.helper.id]
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "helper" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_network_acl" "helper" {
  vpc_id     = aws_vpc.helper.id
  subnet_ids = local.subnets
}
