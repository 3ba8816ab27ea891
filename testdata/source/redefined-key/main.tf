# An object that repeats a key (Terraform accepts it: the last wins; hcl-edit rejects it, so
# tfaudit renames the repeated key and takes the object by its references only), read from the
# source (tests/source.rs): the first `cidr` is a private range, the last an address known only
# at apply. Taking the first would pass the rule; the plan alone cannot tell either.

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "office" {
  domain = "vpc"
}

locals {
  admin = {
    port = 22
    cidr = "10.0.0.0/8"
    cidr = "${aws_eip.office.public_ip}/32"
  }
}

resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  from_port         = local.admin.port
  to_port           = local.admin.port
  protocol          = "tcp"
  cidr_blocks       = [local.admin.cidr]
}
