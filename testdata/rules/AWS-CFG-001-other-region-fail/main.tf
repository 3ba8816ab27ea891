provider "aws" { region = "us-east-1" }
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# AWS-CFG-001: the Config rule is in us-east-1; the recorder, delivery channel and status only
# in us-west-2, whose recording the rule never sees.
variable "rule_identifier" {
  type    = string
  default = "S3_BUCKET_VERSIONING_ENABLED"
}

resource "aws_config_config_rule" "r" {
  name = "s3-versioning"
  source {
    owner             = "AWS"
    source_identifier = var.rule_identifier
  }
}
resource "aws_config_configuration_recorder" "w" {
  provider = aws.west
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}
resource "aws_config_delivery_channel" "w" {
  provider       = aws.west
  name           = "main"
  s3_bucket_name = "cfg-bucket"
  depends_on     = [aws_config_configuration_recorder.w]
}
resource "aws_config_configuration_recorder_status" "w" {
  provider   = aws.west
  name       = aws_config_configuration_recorder.w.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.w]
}
