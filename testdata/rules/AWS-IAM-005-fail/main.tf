# AWS-IAM-005: no policy denies access without MFA.
resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_policy" "read" {
  name  = "read"
  group = aws_iam_group.developers.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}
