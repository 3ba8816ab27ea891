variable "user_data" {
  type = string
}

resource "aws_instance" "fail_module" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = var.user_data
}
