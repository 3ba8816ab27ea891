# F13 P3 SSM rules: public document sharing (AWS-SSM-003), Automation logs to CloudWatch
# (AWS-SSM-004), SecureString parameters with a customer key (AWS-SSM-005).
variable "sharing" {
  type    = string
  default = "Enable"
}

resource "aws_kms_key" "parameters" {
  description = "parameters"
}

locals {
  later = aws_kms_key.parameters.arn != ""
}

resource "aws_ssm_service_setting" "public_sharing_enabled" {
  setting_id    = "/ssm/documents/console/public-sharing-permission"
  setting_value = var.sharing
}

resource "aws_ssm_service_setting" "public_sharing_disabled" {
  setting_id    = "arn:aws:ssm:us-east-1:111122223333:servicesetting/ssm/documents/console/public-sharing-permission"
  setting_value = "Disable"
}

resource "aws_ssm_service_setting" "automation_logs_none" {
  setting_id    = "/ssm/automation/customer-script-log-destination"
  setting_value = "None"
}

resource "aws_ssm_service_setting" "automation_logs_cloudwatch" {
  setting_id    = "arn:aws:ssm:us-east-1:111122223333:servicesetting/ssm/automation/customer-script-log-destination"
  setting_value = "CloudWatch"
}

resource "aws_ssm_service_setting" "known_after_apply" {
  setting_id    = "/ssm/automation/customer-script-log-destination"
  setting_value = local.later ? "CloudWatch" : "None"
}

# Another setting: neither rule applies.
resource "aws_ssm_service_setting" "other" {
  setting_id    = "/ssm/managed-instance/activation-tier"
  setting_value = "standard"
}

resource "aws_ssm_parameter" "default_key" {
  name  = "/app/db/password"
  type  = "SecureString"
  value = "correct-horse-battery"
}

resource "aws_ssm_parameter" "customer_key" {
  name   = "/app/api/token"
  type   = "SecureString"
  value  = "correct-horse-battery"
  key_id = aws_kms_key.parameters.arn
}

resource "aws_ssm_parameter" "plain" {
  name  = "/app/region"
  type  = "String"
  value = "us-east-1"
}

resource "aws_ssm_parameter" "known_after_apply" {
  name   = "/app/later"
  type   = "SecureString"
  value  = "correct-horse-battery"
  key_id = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : "alias/aws/ssm"
}

module "params" {
  source = "./modules/m"
  key    = "alias/aws/ssm"
}

resource "aws_ssm_service_setting" "public_sharing_known_after_apply" {
  setting_id    = "/ssm/documents/console/public-sharing-permission"
  setting_value = local.later ? "Disable" : "Enable"
}
