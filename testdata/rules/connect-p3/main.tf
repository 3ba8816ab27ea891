# F13 P3 Amazon Connect rule: flow logs (AWS-CONNECT-001).
variable "flow_logs" {
  type    = bool
  default = false
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

resource "aws_connect_instance" "defaults" {
  identity_management_type = "CONNECT_MANAGED"
  inbound_calls_enabled    = true
  instance_alias           = "defaults"
  outbound_calls_enabled   = true
}

resource "aws_connect_instance" "logged" {
  identity_management_type  = "CONNECT_MANAGED"
  inbound_calls_enabled     = true
  instance_alias            = "logged"
  outbound_calls_enabled    = true
  contact_flow_logs_enabled = true
}

resource "aws_connect_instance" "known_after_apply" {
  identity_management_type  = "CONNECT_MANAGED"
  inbound_calls_enabled     = true
  instance_alias            = "later"
  outbound_calls_enabled    = true
  contact_flow_logs_enabled = aws_kms_key.helper.arn != ""
}

module "support" {
  source    = "./modules/m"
  flow_logs = var.flow_logs
}
