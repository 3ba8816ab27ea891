variable "flow_logs" {
  type = bool
}

resource "aws_connect_instance" "this" {
  identity_management_type  = "CONNECT_MANAGED"
  inbound_calls_enabled     = true
  instance_alias            = "module-support"
  outbound_calls_enabled    = true
  contact_flow_logs_enabled = var.flow_logs
}
