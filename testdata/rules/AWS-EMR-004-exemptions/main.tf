# AWS-EMR-004: block public access with exemptions (one configuration per region in AWS;
# several here, each judged alone).
variable "ssh_port" {
  type    = number
  default = 22
}

resource "aws_kms_key" "helper" {
  description = "a value known only at apply"
}

resource "aws_emr_block_public_access_configuration" "fail_every_port" {
  block_public_security_group_rules = true
  permitted_public_security_group_rule_range {
    min_range = 1
    max_range = 65535
  }
}

resource "aws_emr_block_public_access_configuration" "fail_jupyter" {
  block_public_security_group_rules = true
  permitted_public_security_group_rule_range {
    min_range = 9443
    max_range = 9443
  }
}

resource "aws_emr_block_public_access_configuration" "pass_ssh_only" {
  block_public_security_group_rules = true
  permitted_public_security_group_rule_range {
    min_range = var.ssh_port
    max_range = var.ssh_port
  }
}

resource "aws_emr_block_public_access_configuration" "unknown_range_at_apply" {
  block_public_security_group_rules = true
  permitted_public_security_group_rule_range {
    min_range = 22
    max_range = length(aws_kms_key.helper.arn)
  }
}
