variable "opts" {
  type = object({
    principal = optional(string, "*")
  })
}

variable "provider_arn" {
  type = string
}

resource "aws_iam_role" "optional_default" {
  name = "optional-default"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = try(var.opts.principal, "arn:aws:iam::210987654321:root") } },
      { Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = var.provider_arn } },
    ]
  })
}
