variable "vpc_id" {}
variable "public" {}

resource "aws_subnet" "fail_module_from_root_var" {
  vpc_id                  = var.vpc_id
  cidr_block              = "10.0.6.0/24"
  map_public_ip_on_launch = var.public
}
