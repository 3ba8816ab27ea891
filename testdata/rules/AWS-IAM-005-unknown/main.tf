# AWS-IAM-005: the only group policy is unknown until apply.
resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_s3_bucket" "reports" {
  bucket_prefix = "reports-"
}

resource "aws_iam_group_policy" "read" {
  name  = "read"
  group = aws_iam_group.developers.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.reports.arn}/*" }]
  })
}
