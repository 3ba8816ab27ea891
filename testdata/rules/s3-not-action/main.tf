# AWS-S3-014: an Allow with NotAction grants every action it does not name; naming no S3 action
# it grants every S3 action. The excluded actions come from a variable.
provider "aws" {
  region = "us-east-1"
}

variable "excluded" {
  type    = list(string)
  default = ["ec2:*"]
}

resource "aws_s3_bucket" "data" {
  bucket = "tfaudit-not-action"
}

resource "aws_s3_bucket" "other" {
  bucket = "tfaudit-not-action-other"
}

resource "aws_s3_bucket_policy" "not_action" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = var.excluded
      Principal = { AWS = "arn:aws:iam::123456789012:role/app" }
      Resource  = ["arn:aws:s3:::tfaudit-not-action", "arn:aws:s3:::tfaudit-not-action/*"]
    }]
  })
}

# Excluding S3 actions: not every S3 action is granted.
resource "aws_s3_bucket_policy" "not_action_s3" {
  bucket = aws_s3_bucket.other.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["s3:DeleteBucket", "s3:PutBucketPolicy"]
      Principal = { AWS = "arn:aws:iam::123456789012:role/app" }
      Resource  = ["arn:aws:s3:::tfaudit-not-action-other", "arn:aws:s3:::tfaudit-not-action-other/*"]
    }]
  })
}
