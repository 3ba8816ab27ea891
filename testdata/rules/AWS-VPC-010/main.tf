# AWS-VPC-010: resources named fail_*, pass_*, unknown_* are judged so; helper_* are not judged.
variable "open_cidr" {
  default = "0.0.0.0/0"
}

locals {
  eip_cidr = "${aws_eip.helper.public_ip}/32"
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "helper_second" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# Inline entries: the worst entry decides.
resource "aws_network_acl" "fail_acl_ssh_from_var" {
  vpc_id = aws_vpc.helper.id
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
  ingress {
    rule_no    = 110
    protocol   = "tcp"
    action     = "allow"
    cidr_block = var.open_cidr
    from_port  = 22
    to_port    = 22
  }
}

resource "aws_network_acl" "fail_acl_all_ipv6" {
  vpc_id = aws_vpc.helper.id
  ingress {
    rule_no         = 100
    protocol        = "-1"
    action          = "allow"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }
}

resource "aws_network_acl" "pass_acl_deny_admin_allow_https" {
  vpc_id = aws_vpc.helper.id
  ingress {
    rule_no    = 90
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
  ingress {
    rule_no    = 110
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "10.0.0.0/8"
    from_port  = 3389
    to_port    = 3389
  }
}

resource "aws_network_acl" "pass_acl_no_inline_ingress" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_network_acl" "unknown_acl_eip" {
  vpc_id = aws_vpc.helper.id
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = local.eip_cidr
    from_port  = 22
    to_port    = 22
  }
}

# The default network ACL, as VPC modules write it: allow everything.
resource "aws_default_network_acl" "fail_default_allow_all" {
  default_network_acl_id = aws_vpc.helper.default_network_acl_id
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_default_network_acl" "pass_default_from_vpc" {
  default_network_acl_id = aws_vpc.helper_second.default_network_acl_id
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "10.1.0.0/16"
    from_port  = 0
    to_port    = 0
  }
}

# aws_network_acl_rule
resource "aws_network_acl_rule" "fail_rule_rdp_range" {
  network_acl_id = aws_network_acl.pass_acl_no_inline_ingress.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 1024
  to_port        = 65535
}

resource "aws_network_acl_rule" "fail_rule_all_traffic" {
  network_acl_id = aws_network_acl.pass_acl_no_inline_ingress.id
  rule_number    = 110
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "pass_rule_deny_ssh" {
  network_acl_id = aws_network_acl.pass_acl_no_inline_ingress.id
  rule_number    = 90
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "pass_rule_https" {
  network_acl_id = aws_network_acl.pass_acl_no_inline_ingress.id
  rule_number    = 120
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "helper_egress_ssh" {
  network_acl_id = aws_network_acl.pass_acl_no_inline_ingress.id
  egress         = true
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "unknown_rule_eip" {
  network_acl_id = aws_network_acl.pass_acl_no_inline_ingress.id
  rule_number    = 130
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = local.eip_cidr
  from_port      = 3389
  to_port        = 3389
}

module "acl" {
  source      = "./modules/acl"
  acl_id      = aws_network_acl.pass_acl_no_inline_ingress.id
  source_cidr = var.open_cidr
}
