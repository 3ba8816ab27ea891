# AWS-CFG-001 (stack): rules and nothing to run them.
resource "aws_config_config_rule" "helper" {
  name = "s3-versioning"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_VERSIONING_ENABLED"
  }
}
