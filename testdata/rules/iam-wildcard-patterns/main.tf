# Wildcard patterns written another way (adversarial review): `iam:?*` and `ec2:**` match
# every action of their service, `?*` every action, and `arn:aws:*:*:*:*` every resource.

resource "aws_iam_policy" "iam_qstar" {
  name = "iam-qstar"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:?*"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "qstar" {
  name = "qstar"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "?*", Resource = "arn:aws:s3:::tfaudit-patterns/*" }]
  })
}

resource "aws_iam_policy" "ec2_star_star" {
  name = "ec2-star-star"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:**", Resource = "arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0" }]
  })
}

resource "aws_iam_policy" "all_arns" {
  name = "all-arns"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:*:*:*:*" }]
  })
}

resource "aws_iam_policy" "specific" {
  name = "specific"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::tfaudit-patterns/*" }]
  })
}

# `*` matches `/` and `:` too: `user/?*` is every user, `arn:*` every resource (second
# adversarial review).
resource "aws_iam_policy" "every_user" {
  name = "every-user"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:CreateAccessKey", Resource = "arn:aws:iam::123456789012:user/?*" }]
  })
}

resource "aws_iam_policy" "arn_star" {
  name = "arn-star"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:*" }]
  })
}

# Through a module: the actions come from the caller.
module "from_caller" {
  source  = "./modules/policy"
  name    = "from-caller"
  actions = ["iam:?*"]
}

resource "aws_s3_bucket" "b" {
  bucket = "tfaudit-patterns"
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:?*"
      Resource  = ["arn:aws:s3:::tfaudit-patterns", "arn:aws:s3:::tfaudit-patterns/*"]
    }]
  })
}
