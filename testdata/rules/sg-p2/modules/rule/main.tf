variable "group_id" {
  type = string
}

variable "cidr" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "fail_from_input" {
  security_group_id = var.group_id
  ip_protocol       = "all"
  cidr_ipv6         = var.cidr
}
