# AWS-CFG-002: the only recorder that records global resource types (us-west-2) is stopped, so
# the us-east-1 recorder that leaves them out is not covered by it.
variable "west_enabled" {
  type    = bool
  default = false
}

provider "aws" { region = "us-east-1" }
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# east records all but no global types; west includes global types but is never started
resource "aws_config_configuration_recorder" "fail_relies_on_stopped_recorder" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported = true
  }
}
resource "aws_config_delivery_channel" "e" {
  name           = "main"
  s3_bucket_name = "cfg-bucket"
  depends_on     = [aws_config_configuration_recorder.fail_relies_on_stopped_recorder]
}
resource "aws_config_configuration_recorder_status" "e" {
  name       = aws_config_configuration_recorder.fail_relies_on_stopped_recorder.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.e]
}
resource "aws_config_configuration_recorder" "pass_records_global_but_stopped" {
  provider = aws.west
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}
resource "aws_config_configuration_recorder_status" "w" {
  provider   = aws.west
  name       = aws_config_configuration_recorder.pass_records_global_but_stopped.name
  is_enabled = var.west_enabled
}
