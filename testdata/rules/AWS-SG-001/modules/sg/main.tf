variable "vpc_id" {}
variable "cidrs" {}

resource "aws_security_group" "fail_module_from_root_var" {
  vpc_id = var.vpc_id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.cidrs
  }
}
