# AWS-SG-001: resources named fail_*, pass_*, unknown_* are judged so; helper_* are not judged.
variable "open_cidrs" {
  default = ["0.0.0.0/0"]
}

variable "office_cidrs" {
  default = ["203.0.113.0/24"]
}

locals {
  eip_cidr = "${aws_eip.helper.public_ip}/32"
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_security_group" "fail_inline_from_var" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.open_cidrs
  }
}

resource "aws_security_group" "fail_inline_ipv6_all_ports" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port        = 0
    to_port          = 65535
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "pass_inline_https_only" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "unknown_inline_eip" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["${aws_eip.helper.public_ip}/32"]
  }
}

# No egress blocks: Terraform removes AWS's default allow-all rule.
resource "aws_security_group" "pass_no_inline_egress" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group_rule" "fail_rule_all" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_security_group_rule" "pass_rule_office" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = var.office_cidrs
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_security_group_rule" "unknown_rule_local" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = [local.eip_cidr]
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_security_group_rule" "helper_ingress" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_vpc_security_group_egress_rule" "fail_vpc_rule_all" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "pass_vpc_rule_https" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "unknown_vpc_rule_eip" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "-1"
  cidr_ipv4         = local.eip_cidr
}

module "sg" {
  source = "./modules/sg"
  vpc_id = aws_vpc.helper.id
  cidrs  = var.open_cidrs
}
