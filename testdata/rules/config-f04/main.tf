# F04 AWS Config rules: AWS-CFG-002 (recorder records all types incl. global), AWS-CFG-003
# (aggregator over all regions). No recorder here records global types; other directories
# cover a recorder whose global types another region records.

variable "all_regions" {
  type    = bool
  default = true
}

resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_config_configuration_recorder" "defaults" {
  name     = "defaults"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder" "some_types" {
  name     = "some-types"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported  = false
    resource_types = ["AWS::EC2::Instance"]
  }
}

resource "aws_config_configuration_aggregator" "account_all_regions" {
  name = "account-all-regions"
  account_aggregation_source {
    account_ids = ["111122223333"]
    all_regions = true
  }
}

resource "aws_config_configuration_aggregator" "account_some_regions" {
  name = "account-some-regions"
  account_aggregation_source {
    account_ids = ["111122223333"]
    regions     = ["us-east-1", "eu-west-1"]
  }
}

resource "aws_config_configuration_aggregator" "organization_from_var" {
  name = "organization-from-var"
  organization_aggregation_source {
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
    all_regions = var.all_regions
  }
}

resource "aws_config_configuration_aggregator" "organization_at_apply" {
  name = "organization-at-apply"
  organization_aggregation_source {
    role_arn    = "arn:aws:iam::111122223333:role/config-aggregator"
    all_regions = aws_sqs_queue.helper.arn != ""
  }
}

module "config" {
  source         = "./modules/config"
  include_global = false
  all_regions    = false
}
