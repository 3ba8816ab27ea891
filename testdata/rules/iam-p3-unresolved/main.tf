# AWS-IAM-027: a group membership whose user cannot be followed (a local over an unknown
# attribute): a user without a membership of its own may be that one.
locals {
  member = aws_iam_user.frank.unique_id
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_user" "frank" {
  name = "frank"
}

resource "aws_iam_user_group_membership" "from_local" {
  user   = local.member
  groups = [aws_iam_group.ops.name]
}
