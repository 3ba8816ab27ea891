# AWS-SG-002 when an egress rule's security_group_id goes through a local.
locals {
  group = aws_security_group.unknown_behind_local.id
}

resource "aws_security_group" "unknown_behind_local" {
  name_prefix = "fixture-"
}

resource "aws_vpc_security_group_egress_rule" "helper" {
  security_group_id = local.group
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}
