variable "group_id" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  security_group_id = var.group_id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/8"
}
