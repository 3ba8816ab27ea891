# AWS-CT-001 (stack): no trail.
resource "aws_s3_bucket" "helper" {
  bucket = "example-ct001"
}
