variable "acl_id" {
  type = string
}

variable "cidr" {
  type = string
}

resource "aws_network_acl_rule" "fail_ftp_v6_from_input" {
  network_acl_id  = var.acl_id
  rule_number     = 200
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = var.cidr
  from_port       = 21
  to_port         = 21
}
