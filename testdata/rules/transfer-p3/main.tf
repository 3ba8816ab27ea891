# F13 P3 Transfer Family rules: FTP (AWS-TRF-001), public endpoint (AWS-TRF-002), connector
# logging (AWS-TRF-003).
variable "protocols" {
  type    = list(string)
  default = ["FTP", "FTPS"]
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_transfer_server" "defaults" {
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "vpc_ftp_from_variable" {
  identity_provider_type = "API_GATEWAY"
  url                    = "https://abcdef0123.execute-api.us-east-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"
  endpoint_type          = "VPC"
  protocols              = var.protocols
  certificate            = "arn:aws:acm:us-east-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_transfer_server" "known_after_apply" {
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = local.later ? "VPC" : "PUBLIC"
  protocols              = local.later ? ["SFTP"] : ["FTP"]
}

resource "aws_transfer_connector" "logged" {
  access_role  = "arn:aws:iam::111122223333:role/connector"
  url          = "sftp://partner.example.com"
  logging_role = "arn:aws:iam::111122223333:role/transfer-logging"
  sftp_config {
    trusted_host_keys = ["ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"]
    user_secret_id    = "arn:aws:secretsmanager:us-east-1:111122223333:secret:partner-AbCdEf"
  }
}

resource "aws_transfer_connector" "unlogged" {
  access_role = "arn:aws:iam::111122223333:role/connector"
  url         = "sftp://partner.example.com"
  sftp_config {
    trusted_host_keys = ["ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"]
    user_secret_id    = "arn:aws:secretsmanager:us-east-1:111122223333:secret:partner-AbCdEf"
  }
}

resource "aws_iam_role" "logging" {
  name = "transfer-logging"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "transfer.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_transfer_connector" "known_after_apply" {
  access_role  = "arn:aws:iam::111122223333:role/connector"
  url          = "sftp://partner.example.com"
  logging_role = local.later ? "arn:aws:iam::111122223333:role/transfer-logging" : ""
  sftp_config {
    trusted_host_keys = ["ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"]
    user_secret_id    = "arn:aws:secretsmanager:us-east-1:111122223333:secret:partner-AbCdEf"
  }
}

module "sftp" {
  source   = "./modules/m"
  endpoint = "PUBLIC"
}
