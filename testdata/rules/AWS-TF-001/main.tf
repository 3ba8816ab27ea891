# AWS-TF-001: deprecated arguments in the configuration.
resource "aws_eip" "fail_vpc_argument" {
  vpc = true
}

resource "aws_eip" "pass_domain" {
  domain = "vpc"
}

resource "aws_s3_bucket" "fail_inline_acl" {
  bucket = "example-tf001-acl"
  acl    = "private"
}

resource "aws_s3_bucket" "pass_plain_bucket" {
  bucket = "example-tf001-plain"
}
