variable "security_group_id" {}
variable "protocol" {}
variable "ports" {}

resource "aws_vpc_security_group_ingress_rule" "helper" {
  security_group_id = var.security_group_id
  ip_protocol       = var.protocol
  from_port         = var.ports[0]
  to_port           = var.ports[1]
  cidr_ipv4         = "0.0.0.0/0"
}
