variable "vpc_id" {
  type = string
}

module "inner" {
  source = "../flow"
  vpc_id = var.vpc_id
}
