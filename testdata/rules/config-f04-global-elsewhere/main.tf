# AWS-CFG-002: a multi-region setup records global types in one region only: the home
# region's recorder (global types from a variable) covers the others while it runs.
variable "include_global" {
  type    = bool
  default = true
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "ireland"
  region = "eu-west-1"
}

resource "aws_config_configuration_recorder" "home" {
  name     = "home"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = var.include_global
  }
}

resource "aws_config_configuration_recorder" "ireland" {
  provider = aws.ireland
  name     = "ireland"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = false
  }
}

resource "aws_config_delivery_channel" "home" {
  name           = "home"
  s3_bucket_name = "config-history"
  depends_on     = [aws_config_configuration_recorder.home]
}

resource "aws_config_configuration_recorder_status" "home" {
  name       = aws_config_configuration_recorder.home.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.home]
}

