# AWS-VPC-008 (stack): the only endpoint's type is unknown until apply.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_endpoint" "helper_unknown_type" {
  vpc_id            = aws_vpc.helper.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = aws_vpc.helper.id != "" ? "Interface" : "Gateway"
}
