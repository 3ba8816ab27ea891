variable "vpc_id" {
  type = string
}

module "inner" {
  source = "../inner"
  vpc_id = var.vpc_id
}

output "flow_log_id" {
  value = module.inner.flow_log_id
}
