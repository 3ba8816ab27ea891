# AWS-CT-001 (stack): trails exist, but none logs: one off through a variable, one through a
# module argument.
variable "trail_logging" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "off" {
  name           = "off"
  s3_bucket_name = "example-trail-logs"
  enable_logging = var.trail_logging
}

module "trail" {
  source  = "./modules/trail"
  logging = var.trail_logging
}
