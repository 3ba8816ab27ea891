# AWS-CFG-001 (stack): rules with a recorder, a channel and an enabled status.
resource "aws_config_config_rule" "helper" {
  name = "s3-versioning"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_VERSIONING_ENABLED"
  }
}

resource "aws_config_configuration_recorder" "helper" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_delivery_channel" "helper" {
  name           = "default"
  s3_bucket_name = "example-config"
  depends_on     = [aws_config_configuration_recorder.helper]
}

resource "aws_config_configuration_recorder_status" "helper" {
  name       = aws_config_configuration_recorder.helper.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.helper]
}
