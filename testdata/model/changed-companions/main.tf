# --changed-only (tests/cli.rs): the bucket does not change, its versioning is suspended in
# place (fifth adversarial review: the bucket's AWS-S3-002 was hidden).
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}
provider "aws" { region = "us-east-1" }

# existing bucket, unchanged (no-op)
resource "aws_s3_bucket" "data" {
  bucket = "tfaudit-changed-data"
}
# existing versioning: Enabled in state, now Suspended (update)
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Suspended"
  }
}
# existing public access block, unchanged
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
