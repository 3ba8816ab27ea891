variable "default_ingress" {}

resource "aws_vpc" "helper" {
  cidr_block = "10.5.0.0/16"
}

resource "aws_default_security_group" "fail_module_rules_from_root_var" {
  vpc_id = aws_vpc.helper.id
  dynamic "ingress" {
    for_each = var.default_ingress
    content {
      self      = true
      protocol  = ingress.value.protocol
      from_port = ingress.value.from_port
      to_port   = ingress.value.to_port
    }
  }
}
