variable "name" {
  type = string
}

resource "aws_route53_zone" "fail_from_module" {
  name = var.name
}
