# F04 KMS rules: AWS-KMS-005 (key policy open to any principal), AWS-KMS-006 (rotation).

variable "rotate" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_kms_key" "public_policy" {
  description = "public-policy"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Everyone", Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "account_only" {
  description         = "account-only"
  enable_key_rotation = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "no_policy_rotation_from_var" {
  description         = "no-policy"
  enable_key_rotation = var.rotate
}

resource "aws_kms_key" "caller_account_condition" {
  description         = "caller-account"
  enable_key_rotation = aws_sqs_queue.helper.arn != ""
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid = "Account", Effect = "Allow", Principal = { AWS = "*" }, Action = ["kms:Decrypt", "kms:Encrypt"], Resource = "*",
      Condition = { StringEquals = { "kms:CallerAccount" = "111122223333" } }
    }]
  })
}

resource "aws_kms_key" "asymmetric_signing" {
  description              = "signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "RSA_2048"
}

resource "aws_kms_key" "for_key_policy" {
  description         = "for-key-policy"
  enable_key_rotation = true
}

data "aws_iam_policy_document" "open" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key_policy" "open_via_document" {
  key_id = aws_kms_key.for_key_policy.id
  policy = data.aws_iam_policy_document.open.json
}

data "aws_iam_policy_document" "effect_at_apply" {
  statement {
    effect    = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key" "policy_at_apply" {
  description         = "policy-at-apply"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.effect_at_apply.json
}

module "key" {
  source    = "./modules/key"
  principal = "*"
  rotate    = true
}
