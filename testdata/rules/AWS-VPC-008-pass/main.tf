# AWS-VPC-008 (stack): an Interface endpoint is a private access path.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_endpoint" "helper_interface" {
  vpc_id            = aws_vpc.helper.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
}
