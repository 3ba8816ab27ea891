# AWS-SG-001, values compared by meaning: every spelling of "anywhere" the AWS provider accepts
# at plan time, protocol "all" / "ALL" / numbers, and ICMP's -1 (every type) that is not all
# traffic. The provider rejects "0/0", "000.0.0.0/0", "1.2.3.4/0", "2001:db8::/0", spaces and
# "::ffff:0.0.0.0/0" at plan time, so those cannot occur. The SDK resources normalise protocols
# ("all" plans as "-1", "6" as "tcp"); aws_vpc_security_group_egress_rule keeps them verbatim.
variable "any_v6" {
  default = ["0::/0"]
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_security_group" "pass_no_inline_egress" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group" "fail_inline_ipv6_colon_zero" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::0/0"]
  }
}

resource "aws_security_group" "fail_inline_all_spelled_out" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "all"
    cidr_blocks = ["0.0.0.0/00"]
  }
}

resource "aws_security_group" "pass_inline_tcp_as_number" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port        = 443
    to_port          = 443
    protocol         = 6
    ipv6_cidr_blocks = ["0000::/0"]
  }
}

resource "aws_security_group_rule" "fail_rule_zero_colon_from_var" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "ALL"
  ipv6_cidr_blocks  = var.any_v6
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_security_group_rule" "pass_rule_icmp_every_type" {
  type              = "egress"
  from_port         = -1
  to_port           = -1
  protocol          = "1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_security_group_rule" "fail_rule_udp_minus_one" {
  type              = "egress"
  from_port         = -1
  to_port           = -1
  protocol          = "17"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_inline_egress.id
}

resource "aws_vpc_security_group_egress_rule" "fail_vpc_rule_all_caps" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "ALL"
  cidr_ipv6         = "0:0:0:0:0:0:0:0/0"
}

resource "aws_vpc_security_group_egress_rule" "fail_vpc_rule_minus_zero_one" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "-01"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "fail_vpc_rule_tcp_number_every_port" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "006"
  from_port         = 0
  to_port           = 65535
  cidr_ipv6         = "::/00"
}

resource "aws_vpc_security_group_egress_rule" "pass_vpc_rule_icmpv6_every_type" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "58"
  from_port         = -1
  to_port           = -1
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_security_group_egress_rule" "pass_vpc_rule_private_range" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "all"
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_egress_rule" "unknown_vpc_rule_eip" {
  security_group_id = aws_security_group.pass_no_inline_egress.id
  ip_protocol       = "ALL"
  cidr_ipv4         = "${aws_eip.helper.public_ip}/32"
}

module "rule" {
  source            = "./modules/rule"
  security_group_id = aws_security_group.pass_no_inline_egress.id
  protocol          = "all"
  cidrs             = ["::0/0"]
}
