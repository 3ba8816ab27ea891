variable "include_global" {
  type = bool
}

variable "all_regions" {
  type = bool
}

resource "aws_config_configuration_recorder" "this" {
  name     = "module"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = var.include_global
  }
}

resource "aws_config_configuration_aggregator" "this" {
  name = "module"
  account_aggregation_source {
    account_ids = ["111122223333"]
    all_regions = var.all_regions
  }
}
