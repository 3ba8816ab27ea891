variable "subnet_id" {
  type = string
}

variable "sg_ids" {
  type = list(string)
}

resource "aws_instance" "this" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = var.subnet_id
  vpc_security_group_ids = var.sg_ids
}
