# AWS-CT-001 (stack): a trail is present.
resource "aws_s3_bucket" "helper" {
  bucket = "example-ct001"
}

resource "aws_cloudtrail" "helper" {
  name           = "helper"
  s3_bucket_name = "example-trail-logs"
}
