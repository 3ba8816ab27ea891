variable "pwd_length" {
  type = number
}

variable "max_age" {
  type = number
}

variable "trust_principal" {
  type = string
}

variable "policy_arn" {
  type = string
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length      = var.pwd_length
  require_uppercase_characters = true
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 24
  max_password_age             = var.max_age
}

resource "aws_iam_role" "this" {
  name = "module-role"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = var.trust_principal } }]
  })
}

resource "aws_iam_role_policy_attachment" "this" {
  role       = aws_iam_role.this.name
  policy_arn = var.policy_arn
}

resource "aws_iam_role_policy" "this" {
  name = "module-escalation"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "this" {
  user       = "module-user"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
