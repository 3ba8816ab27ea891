# F03 identity rules: AWS-IAM-006..015 (password policy, trust policies, GitHub OIDC,
# privilege escalation, user policies, administrator policies, access keys).

variable "pwd_length" {
  type    = number
  default = 16
}

variable "require_classes" {
  type    = bool
  default = false
}

variable "trusted_account" {
  type    = string
  default = "111122223333"
}

variable "github_sub" {
  type    = string
  default = "repo:*"
}

variable "admin_policy" {
  type    = string
  default = "arn:aws:iam::aws:policy/IAMFullAccess"
}

# A value known only at apply.
resource "aws_kms_key" "helper" {
  description = "helper"
}

# ---------------------------------------------------------------- password policy (006-009)

resource "aws_iam_account_password_policy" "defaults" {
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_uppercase_characters = true
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 24
  max_password_age             = 90
}

resource "aws_iam_account_password_policy" "from_vars" {
  minimum_password_length      = var.pwd_length
  require_uppercase_characters = var.require_classes
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 5
  max_password_age             = 0
}

resource "aws_iam_account_password_policy" "computed" {
  minimum_password_length      = aws_kms_key.helper.arn != "" ? 14 : 8
  require_uppercase_characters = aws_kms_key.helper.arn != ""
  require_lowercase_characters = aws_kms_key.helper.arn != ""
  require_numbers              = aws_kms_key.helper.arn != ""
  require_symbols              = aws_kms_key.helper.arn != ""
  password_reuse_prevention    = aws_kms_key.helper.arn != "" ? 24 : 1
  max_password_age             = aws_kms_key.helper.arn != "" ? 30 : 365
}

module "iam" {
  source          = "./modules/iam"
  pwd_length      = 12
  max_age         = 120
  trust_principal = "*"
  policy_arn      = "arn:aws:iam::aws:policy/AdministratorAccess"
}

# ---------------------------------------------------------------- trust policies (010, 011)

resource "aws_iam_role" "trust_everyone" {
  name = "trust-everyone"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]
  })
}

data "aws_iam_policy_document" "any_root" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::*:root"]
    }
  }
}

resource "aws_iam_role" "trust_any_account_root" {
  name               = "trust-any-account-root"
  assume_role_policy = data.aws_iam_policy_document.any_root.json
}

resource "aws_iam_role" "trust_everyone_in_org" {
  name = "trust-everyone-in-org"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" },
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_iam_role" "trust_external_id_only" {
  name = "trust-external-id-only"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" },
      Condition = { StringEquals = { "sts:ExternalId" = "shared-secret" } }
    }]
  })
}

resource "aws_iam_role" "trust_account_from_var" {
  name = "trust-account-from-var"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::${var.trusted_account}:root" } }]
  })
}

data "aws_iam_policy_document" "effect_at_apply" {
  statement {
    effect  = aws_kms_key.helper.arn != "" ? "Allow" : "Deny"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "trust_effect_at_apply" {
  name               = "trust-effect-at-apply"
  assume_role_policy = data.aws_iam_policy_document.effect_at_apply.json
}

resource "aws_iam_role" "lambda_service" {
  name = "lambda-service"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# GitHub Actions OIDC trusts.
resource "aws_iam_role" "github_aud_only" {
  name = "github-aud-only"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Action = "sts:AssumeRoleWithWebIdentity",
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}

resource "aws_iam_role" "github_one_repo" {
  name = "github-one-repo"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow", Action = "sts:AssumeRoleWithWebIdentity",
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:my-org/my-repo:ref:refs/heads/main" }
      }
    }]
  })
}

data "aws_iam_policy_document" "github_sub_from_var" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = [var.github_sub]
    }
  }
}

resource "aws_iam_role" "github_sub_from_var" {
  name               = "github-sub-from-var"
  assume_role_policy = data.aws_iam_policy_document.github_sub_from_var.json
}

resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

data "aws_iam_policy_document" "github_sub_at_apply" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = aws_kms_key.helper.arn != "" ? "StringLike" : "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:my-org/*"]
    }
  }
}

resource "aws_iam_role" "github_sub_at_apply" {
  name               = "github-sub-at-apply"
  assume_role_policy = data.aws_iam_policy_document.github_sub_at_apply.json
}

# ---------------------------------------------------------------- privilege escalation (012)

resource "aws_iam_policy" "passrole_and_run_instances" {
  name = "passrole-and-run-instances"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::111122223333:role/*" },
      { Effect = "Allow", Action = ["ec2:RunInstances", "ec2:Describe*"], Resource = "*" },
    ]
  })
}

resource "aws_iam_policy" "passrole_scoped" {
  name = "passrole-scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::111122223333:role/app-instance" },
      { Effect = "Allow", Action = "ec2:RunInstances", Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "put_policies" {
  statement {
    actions   = ["iam:Put*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "put_policies" {
  name   = "put-policies"
  role   = aws_iam_role.lambda_service.id
  policy = data.aws_iam_policy_document.put_policies.json
}

resource "aws_iam_group_policy" "read_only" {
  name  = "read-only"
  group = "readers"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:Get*", "iam:List*"], Resource = "*" }]
  })
}

data "aws_iam_policy_document" "escalation_effect_at_apply" {
  statement {
    effect    = aws_kms_key.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["iam:AttachRolePolicy"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "escalation_effect_at_apply" {
  name   = "escalation-effect-at-apply"
  policy = data.aws_iam_policy_document.escalation_effect_at_apply.json
}

# ---------------------------------------------------------------- user policies (013), keys (015)

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_user_policy" "alice_inline" {
  name = "alice-inline"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "alice_readonly" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "to_users" {
  name       = "to-users"
  users      = [aws_iam_user.alice.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "to_roles_only" {
  name       = "to-roles-only"
  roles      = [aws_iam_role.lambda_service.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_access_key" "ci_old" {
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "ci_new" {
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "alice_active" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_access_key" "alice_inactive" {
  user   = aws_iam_user.alice.name
  status = "Inactive"
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

resource "aws_iam_access_key" "bob_active" {
  user = aws_iam_user.bob.name
}

resource "aws_iam_access_key" "bob_status_at_apply" {
  user   = aws_iam_user.bob.name
  status = aws_kms_key.helper.arn != "" ? "Active" : "Inactive"
}

# ---------------------------------------------------------------- administrator policies (014)

resource "aws_iam_role_policy_attachment" "lambda_admin" {
  role       = aws_iam_role.lambda_service.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_group_policy_attachment" "readers_iam_full_from_var" {
  group      = "readers"
  policy_arn = var.admin_policy
}

resource "aws_iam_policy" "customer" {
  name = "customer"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "lambda_customer" {
  role       = aws_iam_role.lambda_service.name
  policy_arn = aws_iam_policy.customer.arn
}

resource "aws_iam_role" "with_managed_arns" {
  name = "with-managed-arns"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/IAMFullAccess"]
}

resource "aws_iam_role_policy_attachment" "lambda_policy_at_apply" {
  role       = aws_iam_role.lambda_service.name
  policy_arn = aws_kms_key.helper.arn != "" ? "arn:aws:iam::aws:policy/ReadOnlyAccess" : "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy_attachment" "users_at_apply" {
  name       = "users-at-apply"
  users      = aws_kms_key.helper.arn != "" ? [] : ["alice"]
  roles      = [aws_iam_role.lambda_service.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# Principals behind a local (not followed): a Federated principal cannot be everyone, an AWS
# one can.
locals {
  oidc_arn = aws_iam_openid_connect_provider.github.arn
}

data "aws_iam_policy_document" "federated_behind_local" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.oidc_arn]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:my-org/app:*"]
    }
  }
}

resource "aws_iam_role" "trust_federated_behind_local" {
  name               = "trust-federated-behind-local"
  assume_role_policy = data.aws_iam_policy_document.federated_behind_local.json
}

data "aws_iam_policy_document" "aws_behind_local" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [local.oidc_arn]
    }
  }
}

resource "aws_iam_role" "trust_aws_behind_local" {
  name               = "trust-aws-behind-local"
  assume_role_policy = data.aws_iam_policy_document.aws_behind_local.json
}

resource "aws_iam_policy_attachment" "blank_users" {
  name       = "blank-users"
  users      = [""]
  groups     = ["readers"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy" "service_role_path" {
  name = "service-role-path"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow", Action = ["iam:CreateServiceLinkedRole", "iam:AttachRolePolicy", "iam:PutRolePolicy"],
      Resource = "arn:aws:iam::*:role/aws-service-role/s3.data-source.lustre.fsx.amazonaws.com/*"
    }]
  })
}

# A rotation half done: the old key's status from a variable.
variable "old_key_status" {
  type    = string
  default = "Inactive"
}

resource "aws_iam_user" "dave" {
  name = "dave"
}

resource "aws_iam_access_key" "dave_old" {
  user   = aws_iam_user.dave.name
  status = var.old_key_status
}

resource "aws_iam_access_key" "dave_new" {
  user = aws_iam_user.dave.name
}
