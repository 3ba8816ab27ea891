variable "mutability" {
  type = string
}

resource "aws_ecr_repository" "this" {
  name                 = "from-module"
  image_tag_mutability = var.mutability
  image_scanning_configuration {
    scan_on_push = true
  }
}
