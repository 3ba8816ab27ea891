variable "name" {
  type = string
}

variable "policy" {
  type = string
}

# The inline policy comes from the caller.
resource "aws_iam_role" "fail_module_inline" {
  name = var.name
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
  inline_policy {
    name   = "app"
    policy = var.policy
  }
}
