variable "http_tokens" {
  type = string
}

resource "aws_launch_template" "this" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = var.http_tokens
  }
}
