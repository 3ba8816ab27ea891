variable "hop_limit" {
  type = number
}

variable "owners" {
  type = list(string)
}

variable "after" {
  type = string
}

resource "aws_launch_template" "fail_from_input" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = var.hop_limit
  }
}

data "aws_ami" "fail_from_input" {
  most_recent = true
  owners      = var.owners
  filter {
    name   = "name"
    values = ["app-${var.after}-*"]
  }
}
