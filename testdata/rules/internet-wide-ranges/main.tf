# "Open to the internet" in every exposure rule: 0.0.0.0/0, or blocks as wide as half of it
# (0.0.0.0/1 with 128.0.0.0/1 is everyone); a private block is not, however wide (fc00::/7).
variable "halves" {
  type    = list(string)
  default = ["0.0.0.0/1", "128.0.0.0/1"]
}

resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_security_group" "ssh_from_halves" {
  name   = "ssh-from-halves"
  vpc_id = aws_vpc.main.id
  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.halves
  }
}

resource "aws_security_group" "ssh_from_unique_local" {
  name   = "ssh-from-unique-local"
  vpc_id = aws_vpc.main.id
  ingress {
    description      = "ssh"
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    ipv6_cidr_blocks = ["fc00::/7"]
  }
}

resource "aws_security_group" "ssh_from_ten" {
  name   = "ssh-from-ten"
  vpc_id = aws_vpc.main.id
  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_network_acl" "all_from_halves" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/1"
    from_port  = 0
    to_port    = 0
  }
  ingress {
    protocol   = "-1"
    rule_no    = 110
    action     = "allow"
    cidr_block = "128.0.0.0/1"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "all_from_ten" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.0.0.0/8"
    from_port  = 0
    to_port    = 0
  }
}
