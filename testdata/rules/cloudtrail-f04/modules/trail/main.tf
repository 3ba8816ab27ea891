variable "multi_region" {
  type = bool
}

variable "bucket" {
  type = string
}

resource "aws_cloudtrail" "this" {
  name                  = "module-trail"
  s3_bucket_name        = var.bucket
  is_multi_region_trail = var.multi_region
}
