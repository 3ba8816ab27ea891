variable "logging" {
  type = bool
}

variable "topic" {
  type = string
}

resource "aws_cloudtrail" "this" {
  name           = "module-trail"
  s3_bucket_name = "module-trail-bucket"
  enable_logging = var.logging
  sns_topic_name = var.topic
}
