# `dynamic` blocks and `for` expressions evaluated from the source (tests/source.rs): the plan
# lists a dynamic block's generated blocks with what is known at apply unknown, and nothing of
# the block in its configuration; a `for` expression only by its references.

variable "trusted" {
  type = map(string)
  default = {
    audit = "arn:aws:iam::210987654321:root"
    ops   = "arn:aws:iam::210987654322:root"
  }
}

variable "accounts" {
  type    = list(string)
  default = ["210987654321", ""]
}

variable "doc_accounts" {
  type    = list(string)
  default = ["111122223333"]
}

resource "aws_iam_openid_connect_provider" "eks" {
  url             = "https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]
}

# Through a module: statement 1 trusts the provider (an ARN known at apply).
module "irsa" {
  source = "./modules/irsa"
  name   = "irsa"
  oidc_providers = {
    main = {
      provider_arn               = aws_iam_openid_connect_provider.eks.arn
      namespace_service_accounts = ["kube-system:controller"]
    }
  }
}

# Statement 1 from the conditional's [1], statements 2 and 3 from the map, by key.
module "irsa_self" {
  source                 = "./modules/irsa"
  name                   = "irsa-self"
  allow_self_assume_role = true
  oidc_providers = {
    b = {
      provider_arn               = aws_iam_openid_connect_provider.eks.arn
      namespace_service_accounts = ["default:b"]
    }
    a = {
      provider_arn               = "arn:aws:iam::210987654321:oidc-provider/x"
      namespace_service_accounts = ["default:a"]
    }
  }
}

# Dynamic statements first (one per key of var.trusted, in key order), then a static one: the
# plan's configuration lists only the static block, which is the document's third statement.
data "aws_iam_policy_document" "mixed" {
  dynamic "statement" {
    for_each = var.trusted
    iterator = who

    content {
      sid     = who.key
      actions = ["sts:AssumeRole"]
      principals {
        type        = "AWS"
        identifiers = [who.value]
      }
    }
  }

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.eks.arn]
    }
  }
}

resource "aws_iam_role" "mixed" {
  name               = "mixed"
  assume_role_policy = data.aws_iam_policy_document.mixed.json
}

# A for_each of one element known at apply: its length is known.
data "aws_iam_policy_document" "one_unknown" {
  dynamic "statement" {
    for_each = [aws_iam_openid_connect_provider.eks.arn]

    content {
      actions = ["sts:AssumeRoleWithWebIdentity"]
      principals {
        type        = "Federated"
        identifiers = [statement.value]
      }
    }
  }
}

resource "aws_iam_role" "one_unknown" {
  name               = "one-unknown"
  assume_role_policy = data.aws_iam_policy_document.one_unknown.json
}

# A for_each whose length is known only at apply: unknown.
data "aws_iam_policy_document" "unknown_length" {
  dynamic "statement" {
    for_each = split(":", aws_iam_openid_connect_provider.eks.arn)

    content {
      actions = ["sts:AssumeRole"]
      principals {
        type        = "AWS"
        identifiers = [statement.value]
      }
    }
  }
}

resource "aws_iam_role" "unknown_length" {
  name               = "unknown-length"
  assume_role_policy = data.aws_iam_policy_document.unknown_length.json
}

# `for` expressions in a policy built with jsonencode around an ARN known at apply: the
# principals are known from the source.
resource "aws_iam_role" "for_pass" {
  name = "for-pass"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = [for a in var.accounts : "arn:aws:iam::${a}:root" if a != ""] }
      Condition = { StringEquals = { "aws:SourceArn" = aws_iam_openid_connect_provider.eks.arn } }
    }]
  })
}

resource "aws_iam_role" "for_fail" {
  name = "for-fail"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = [for i, a in var.doc_accounts : "arn:aws:iam::${a}:root"] }
      Condition = { StringEquals = { "aws:SourceArn" = aws_iam_openid_connect_provider.eks.arn } }
    }]
  })
}

# A map `for`: the principal is the member of a known key.
locals {
  by_name = { for k, v in var.trusted : upper(k) => v }
  arns    = { for k, arn in var.trusted : k => arn }
}

resource "aws_iam_role" "for_map" {
  name = "for-map"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = local.arns["audit"] }
      Condition = { StringEquals = { "aws:SourceArn" = aws_iam_openid_connect_provider.eks.arn } }
    }]
  })
}

variable "enable_oidc" {
  type    = bool
  default = true
}

# A dynamic block over a map filtered on a known condition (one statement per key), between
# two static statements.
data "aws_iam_policy_document" "filtered" {
  statement {
    sid       = "First"
    actions   = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }

  dynamic "statement" {
    for_each = { for k, v in var.trusted : k => v if var.enable_oidc }

    content {
      sid     = "Oidc${statement.key}"
      actions = ["sts:AssumeRoleWithWebIdentity"]
      principals {
        type        = "Federated"
        identifiers = [aws_iam_openid_connect_provider.eks.arn]
      }
    }
  }

  statement {
    sid     = "Last"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.eks.arn]
    }
  }
}

resource "aws_iam_role" "filtered" {
  name               = "filtered"
  assume_role_policy = data.aws_iam_policy_document.filtered.json
}
