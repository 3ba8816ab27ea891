variable "encrypted" {
  type = bool
}

resource "aws_launch_template" "this" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = var.encrypted
    }
  }
}
