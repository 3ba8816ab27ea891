# AWS-VPC-009 (stack): subnets and no custom network ACL.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "helper" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.1.0/24"
}
