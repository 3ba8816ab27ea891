variable "acl_id" {}
variable "source_cidr" {}

resource "aws_network_acl_rule" "fail_module_ssh_from_root_var" {
  network_acl_id = var.acl_id
  rule_number    = 200
  protocol       = "6"
  rule_action    = "allow"
  cidr_block     = var.source_cidr
  from_port      = 22
  to_port        = 22
}
