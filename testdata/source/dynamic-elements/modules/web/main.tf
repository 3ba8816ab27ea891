variable "vpc_id" {
  type = string
}

variable "rules" {
  type = list(object({ port = number, cidr = list(string) }))
}

resource "aws_security_group" "this" {
  name        = "web"
  description = "rules from the caller"
  vpc_id      = var.vpc_id
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr
    }
  }
}
