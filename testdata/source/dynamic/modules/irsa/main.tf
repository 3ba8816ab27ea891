# A role for service accounts, written the way terraform-aws-modules' IRSA module writes it:
# the trust policy's statements come from `dynamic "statement"` blocks.

variable "name" {
  type = string
}

variable "oidc_providers" {
  type    = any
  default = {}
}

variable "allow_self_assume_role" {
  type    = bool
  default = false
}

data "aws_iam_policy_document" "this" {
  dynamic "statement" {
    for_each = var.allow_self_assume_role ? [1] : []

    content {
      sid     = "ExplicitSelfRoleAssumption"
      actions = ["sts:AssumeRole"]

      principals {
        type        = "AWS"
        identifiers = ["*"]
      }

      condition {
        test     = "ArnLike"
        variable = "aws:PrincipalArn"
        values   = ["arn:aws:iam::210987654321:role/${var.name}"]
      }
    }
  }

  dynamic "statement" {
    for_each = var.oidc_providers

    content {
      actions = ["sts:AssumeRoleWithWebIdentity"]

      principals {
        type        = "Federated"
        identifiers = [statement.value.provider_arn]
      }

      condition {
        test     = "StringEquals"
        variable = "${replace(statement.value.provider_arn, "/^(.*provider/)/", "")}:sub"
        values   = [for sa in statement.value.namespace_service_accounts : "system:serviceaccount:${sa}"]
      }
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = data.aws_iam_policy_document.this.json
}
