variable "name" {
  type = string
}

variable "allowed_cidr" {
  type = string
}

resource "aws_security_group" "this" {
  name = var.name
  ingress {
    from_port   = 5439
    to_port     = 5439
    protocol    = "tcp"
    cidr_blocks = [var.allowed_cidr]
  }
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier     = var.name
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  vpc_security_group_ids = [aws_security_group.this.id]
}
