variable "name" {
  type = string
}

variable "org" {
  type = string
}

resource "aws_iam_role" "this" {
  name = var.name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { StringLike = { "aws:PrincipalOrgID" = var.org } }
    }]
  })
}
