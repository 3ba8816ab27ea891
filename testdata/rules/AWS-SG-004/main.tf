# AWS-SG-004: resources named fail_*, pass_*, unknown_* are judged so; helper_* are not judged.
variable "open_cidrs" {
  default = ["0.0.0.0/0"]
}

variable "office_cidrs" {
  default = ["203.0.113.0/24"]
}

variable "admin_port" {
  default = 22
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

resource "aws_security_group" "pass_bastion_no_ingress" {
  vpc_id = aws_vpc.helper.id
}

# Inline blocks: the worst block decides.
resource "aws_security_group" "fail_inline_ssh_from_var" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.open_cidrs
  }
}

resource "aws_security_group" "fail_inline_rdp_ipv6" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::0/0"]
  }
}

resource "aws_security_group" "fail_inline_all_traffic" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "pass_inline_https_and_office_ssh" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0", "::/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.office_cidrs
  }
  ingress {
    from_port       = 3389
    to_port         = 3389
    protocol        = "tcp"
    security_groups = [aws_security_group.pass_bastion_no_ingress.id]
  }
  # ICMP type 22 is not port 22.
  ingress {
    from_port   = 22
    to_port     = 0
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "pass_no_ingress" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group" "unknown_inline_eip" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [local.eip_cidr]
  }
}

# aws_security_group_rule
resource "aws_security_group_rule" "fail_rule_port_range" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_security_group_rule" "fail_rule_rdp_udp" {
  type              = "ingress"
  from_port         = 3000
  to_port           = 4000
  protocol          = "udp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_security_group_rule" "pass_rule_range_below_ssh" {
  type              = "ingress"
  from_port         = 23
  to_port           = 3388
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_security_group_rule" "pass_rule_self" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  self              = true
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_security_group_rule" "helper_egress_ssh" {
  type              = "egress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_security_group_rule" "unknown_rule_local" {
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = [local.eip_cidr]
  security_group_id = aws_security_group.pass_no_ingress.id
}

# aws_vpc_security_group_ingress_rule
resource "aws_vpc_security_group_ingress_rule" "fail_vpc_rule_ssh_var_port" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "tcp"
  from_port         = var.admin_port
  to_port           = var.admin_port
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "fail_vpc_rule_all_ipv6" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_security_group_ingress_rule" "pass_vpc_rule_https" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "pass_vpc_rule_ssh_private" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_ingress_rule" "unknown_vpc_rule_eip" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "-1"
  cidr_ipv4         = local.eip_cidr
}

module "sg" {
  source = "./modules/sg"
  vpc_id = aws_vpc.helper.id
  cidrs  = var.open_cidrs
}
