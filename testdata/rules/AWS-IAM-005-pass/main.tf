# AWS-IAM-005: a group policy denies everything but MFA set-up without MFA.
resource "aws_iam_group" "developers" {
  name = "developers"
}

data "aws_iam_policy_document" "require_mfa" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "require_mfa" {
  name   = "require-mfa"
  policy = data.aws_iam_policy_document.require_mfa.json
}

resource "aws_iam_group_policy_attachment" "require_mfa" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.require_mfa.arn
}
