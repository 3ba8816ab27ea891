variable "security_group_id" {}
variable "protocol" {}
variable "cidrs" {}

resource "aws_security_group_rule" "fail_from_module_args" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = var.protocol
  ipv6_cidr_blocks  = var.cidrs
  security_group_id = var.security_group_id
}

resource "aws_vpc_security_group_egress_rule" "fail_vpc_rule_from_module_args" {
  security_group_id = var.security_group_id
  ip_protocol       = upper(var.protocol)
  cidr_ipv6         = var.cidrs[0]
}
