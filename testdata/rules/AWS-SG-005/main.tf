# AWS-SG-005: resources named fail_*, pass_*, unknown_* are judged so; helper_* are not judged
# (a VPC whose default group is adopted is judged on that group).
variable "default_ingress" {
  default = [{ from_port = 0, to_port = 0, protocol = "-1" }]
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# No aws_default_security_group: AWS's default rules stay.
resource "aws_vpc" "fail_vpc_default_group_not_adopted" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "helper_adopted" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "pass_default_no_rules" {
  vpc_id = aws_vpc.helper_adopted.id
}

resource "aws_vpc" "helper_inline" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_security_group" "fail_default_inline_self" {
  vpc_id = aws_vpc.helper_inline.id
  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_vpc" "helper_rule_resource" {
  cidr_block = "10.3.0.0/16"
}

resource "aws_default_security_group" "fail_default_rule_resource" {
  vpc_id = aws_vpc.helper_rule_resource.id
}

resource "aws_vpc_security_group_egress_rule" "helper_https_out" {
  security_group_id = aws_default_security_group.fail_default_rule_resource.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc" "helper_dynamic" {
  cidr_block = "10.4.0.0/16"
}

# The number of blocks is unknown until apply.
resource "aws_default_security_group" "unknown_default_dynamic" {
  vpc_id = aws_vpc.helper_dynamic.id
  dynamic "egress" {
    for_each = toset([aws_eip.helper.public_ip])
    content {
      protocol    = "tcp"
      from_port   = 443
      to_port     = 443
      cidr_blocks = ["${egress.value}/32"]
    }
  }
}

module "net" {
  source          = "./modules/net"
  default_ingress = var.default_ingress
}
