variable "name" {
  type = string
}

variable "actions" {
  type = list(string)
}

resource "aws_iam_policy" "this" {
  name = var.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "arn:aws:iam::123456789012:role/app" }]
  })
}
