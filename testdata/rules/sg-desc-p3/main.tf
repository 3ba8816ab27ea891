# AWS-SG-009: security groups and rules have descriptions.
variable "why" {
  type    = string
  default = "HTTPS from the office"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# Unset: the provider writes "Managed by Terraform".
resource "aws_security_group" "fail_default_description" {
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "fail_inline_rule_undescribed" {
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "pass_described" {
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
  ingress {
    description = var.why
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
  egress {
    description = "HTTPS out"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "unknown_description" {
  description = "Group for ${aws_eip.helper.public_ip}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "fail_undescribed" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.pass_described.id
}

resource "aws_security_group_rule" "pass_described" {
  type              = "ingress"
  description       = "SSH from the VPN"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.8.0.0/16"]
  security_group_id = aws_security_group.pass_described.id
}

resource "aws_vpc_security_group_ingress_rule" "fail_undescribed" {
  security_group_id = aws_security_group.pass_described.id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_egress_rule" "pass_from_variable" {
  security_group_id = aws_security_group.pass_described.id
  description       = var.why
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
