# A VPC endpoints module written the way terraform-aws-modules/vpc's vpc-endpoints is: a map
# of endpoint settings, filtered on var.create, each setting read with lookup and a default,
# and defaults merged under the caller's settings.

variable "create" {
  type    = bool
  default = true
}

variable "vpc_id" {
  type = string
}

variable "endpoints" {
  type    = any
  default = {}
}

variable "defaults" {
  type    = any
  default = {}
}

locals {
  # Filtered on each endpoint's own setting too: an instance the plan has passed the filter.
  endpoints = { for k, v in var.endpoints : k => v if var.create && try(v.create, true) }
  # The caller's defaults replace the module's (the module's own VPC only when neither sets one).
  settings = merge({ vpc_id = var.vpc_id, private_dns_enabled = true }, var.defaults)
}

resource "aws_vpc_endpoint" "this" {
  for_each = local.endpoints

  vpc_id              = lookup(each.value, "vpc_id", local.settings.vpc_id)
  service_name        = "com.amazonaws.us-east-1.${each.key}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = lookup(each.value, "private_dns_enabled", local.settings.private_dns_enabled)
}

output "endpoint_vpcs" {
  value = { for k, v in aws_vpc_endpoint.this : k => v.vpc_id }
}

output "settings" {
  value = local.settings
}
