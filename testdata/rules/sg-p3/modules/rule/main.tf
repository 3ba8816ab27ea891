variable "group_id" {
  type = string
}

variable "cidr" {
  type = string
}

# Telnet: high risk through a module input.
resource "aws_vpc_security_group_ingress_rule" "fail_telnet_from_input" {
  security_group_id = var.group_id
  ip_protocol       = "tcp"
  from_port         = 23
  to_port           = 23
  cidr_ipv6         = var.cidr
}
