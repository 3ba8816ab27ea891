# AWS-VPC-007: public NAT gateways and their Elastic IPs.
locals {
  eip = aws_eip.helper.id
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "helper" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_nat_gateway" "pass_with_eip" {
  subnet_id     = aws_subnet.helper.id
  allocation_id = aws_eip.helper.id
}

resource "aws_nat_gateway" "fail_public_without_eip" {
  subnet_id = aws_subnet.helper.id
}

resource "aws_nat_gateway" "unknown_eip_behind_local" {
  subnet_id     = aws_subnet.helper.id
  allocation_id = local.eip
}

# A private NAT gateway needs no Elastic IP: not judged.
resource "aws_nat_gateway" "helper_private" {
  subnet_id         = aws_subnet.helper.id
  connectivity_type = "private"
}
