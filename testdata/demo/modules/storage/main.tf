variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = { Project = "shop" }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Planted: no Project tag, and the provider adds only Environment and Owner.
resource "aws_sns_topic" "uploads" {
  name = "${var.name}-uploads"
}
