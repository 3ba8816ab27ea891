variable "acl" {
  type = string
}

variable "principal" {
  type = string
}

variable "block" {
  type = bool
}

variable "key" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = "example-module-bucket"
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "s3:ListBucket", Resource = "arn:aws:s3:::example-module-bucket" }]
  })
}

resource "aws_s3_access_point" "this" {
  bucket = aws_s3_bucket.this.id
  name   = "module"
  public_access_block_configuration {
    block_public_acls       = var.block
    ignore_public_acls      = var.block
    block_public_policy     = var.block
    restrict_public_buckets = var.block
  }
}

resource "aws_s3_object" "this" {
  bucket     = aws_s3_bucket.this.id
  key        = "module.txt"
  content    = "x"
  kms_key_id = var.key
}
