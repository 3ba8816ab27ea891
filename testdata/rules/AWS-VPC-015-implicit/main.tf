# AWS-VPC-015: a security group that names no vpc_id lands in the default VPC (here its
# vpc_id comes from a variable left null).
variable "vpc_id" {
  type    = string
  default = null
}

resource "aws_default_vpc" "fail_used_implicitly" {}

resource "aws_security_group" "helper" {
  name   = "web"
  vpc_id = var.vpc_id
}
