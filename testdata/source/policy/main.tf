# Policies built with jsonencode around an ARN known only at apply (tests/source.rs): the plan
# shows them unknown; the source shows every statement but that ARN.

resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_iam_role" "app" {
  name_prefix = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

# Scoped to the bucket: no wildcard resource, no service wildcard.
resource "aws_iam_role_policy" "scoped" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "${aws_s3_bucket.data.arn}/*"
    }]
  })
}

# Every S3 action on the bucket: a service wildcard, whatever the ARN turns out to be.
resource "aws_iam_role_policy" "service_wildcard" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    }]
  })
}

# The actions come from a value known only at apply: still unknown.
resource "aws_iam_role_policy" "actions_unknown" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = aws_s3_bucket.data.bucket_domain_name
      Resource = aws_s3_bucket.data.arn
    }]
  })
}
