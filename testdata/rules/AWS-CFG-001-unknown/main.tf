# AWS-CFG-001 (stack): whether recording is enabled is unknown until apply.
resource "aws_config_config_rule" "helper" {
  name = "s3-versioning"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_VERSIONING_ENABLED"
  }
}
resource "aws_kms_key" "helper" {
  description = "cfg"
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
  is_enabled = aws_kms_key.helper.arn != ""
  depends_on = [aws_config_delivery_channel.helper]
}
