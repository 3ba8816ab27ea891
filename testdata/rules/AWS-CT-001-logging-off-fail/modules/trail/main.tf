variable "logging" {
  type = bool
}

resource "aws_cloudtrail" "this" {
  name           = "module-trail"
  s3_bucket_name = "example-trail-logs"
  enable_logging = var.logging
}
