variable "principal" {
  type = string
}

variable "rotate" {
  type = bool
}

resource "aws_kms_key" "this" {
  description         = "module"
  enable_key_rotation = var.rotate
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Module", Effect = "Allow", Principal = { AWS = var.principal }, Action = "kms:*", Resource = "*" }]
  })
}
