variable "vpc_id" {}
variable "cidrs" {}

resource "aws_security_group" "fail_module_ssh_from_root_var" {
  vpc_id = var.vpc_id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.cidrs
  }
}

resource "aws_vpc_security_group_ingress_rule" "fail_module_rdp" {
  security_group_id = aws_security_group.fail_module_ssh_from_root_var.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = var.cidrs[0]
}
