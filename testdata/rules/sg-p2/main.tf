# AWS-SG-006: all-traffic ingress from the internet, in the three ways Terraform writes ingress.
variable "anywhere" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_security_group" "fail_inline_all" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "pass_inline_https" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "pass_no_ingress" {
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "fail_tcp_full_range_v6" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 0
  to_port           = 65535
  ipv6_cidr_blocks  = ["::0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_security_group_rule" "pass_icmp_every_type" {
  type              = "ingress"
  protocol          = "icmp"
  from_port         = -1
  to_port           = -1
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

# Egress is another rule's business (AWS-SG-001): not judged here.
resource "aws_security_group_rule" "egress_any" {
  type              = "egress"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

resource "aws_vpc_security_group_ingress_rule" "fail_all_from_variable" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "-1"
  cidr_ipv4         = var.anywhere
}

resource "aws_vpc_security_group_ingress_rule" "pass_all_from_group" {
  security_group_id            = aws_security_group.pass_no_ingress.id
  ip_protocol                  = "-1"
  referenced_security_group_id = aws_security_group.pass_inline_https.id
}

# The source is known only after apply.
resource "aws_vpc_security_group_ingress_rule" "unknown_cidr" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "-1"
  cidr_ipv4         = "${aws_eip.helper.public_ip}/32"
}

module "rule" {
  source   = "./modules/rule"
  group_id = aws_security_group.pass_no_ingress.id
  cidr     = "::/0"
}
