# AWS-VPC-015: a vpc_id that is one of two VPCs, which one known only at apply, may place the
# security group in the default VPC: Unknown.
resource "aws_default_vpc" "unknown_maybe_used" {
}

resource "aws_vpc" "other" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_security_group" "either" {
  name   = "either"
  vpc_id = aws_eip.helper.public_ip != "" ? aws_default_vpc.unknown_maybe_used.id : aws_vpc.other.id
}
