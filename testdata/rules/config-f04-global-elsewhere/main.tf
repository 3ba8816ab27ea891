# AWS-CFG-002: a multi-region setup records global types in one region only: the home
# region's recorder (global types from a variable) covers the others.
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
