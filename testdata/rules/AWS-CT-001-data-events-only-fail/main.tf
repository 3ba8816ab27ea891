# AWS-CT-001: the only trail records S3 data events and leaves management events out: no
# record of who changed what (sixth adversarial review: it passed).
variable "management_events" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "trail" {
  bucket = "tfaudit-ct001-data-events"
}

resource "aws_cloudtrail" "data_only" {
  name                  = "data-only"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
  event_selector {
    include_management_events = var.management_events
    read_write_type           = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::tfaudit-ct001-data/"]
    }
  }
}
