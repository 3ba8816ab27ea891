# Expressions the plan lists only by their references, read from the source (tests/source.rs):
# a conditional with a known condition, one with an unknown condition, and a local.

variable "use_a" {
  default = true
}

variable "create" {
  default = true
}

resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "c" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc" "d" {
  cidr_block = "10.3.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# The condition is a known variable: the flow log is on aws_vpc.a, not on aws_vpc.b.
module "logs_known" {
  source = "./modules/logs"
  vpc_id = var.use_a ? aws_vpc.a.id : aws_vpc.b.id
  create = var.create && !false
}

# The condition is known only at apply: aws_vpc.b or aws_vpc.c.
module "logs_unknown" {
  source = "./modules/logs"
  vpc_id = aws_eip.helper.public_ip != "" ? aws_vpc.b.id : aws_vpc.c.id
  create = true
}

# Through the module's local.
module "logs_local" {
  source = "./modules/logs"
  vpc_id = aws_vpc.d.id
  create = var.create
}
