# F13 P3 Network Firewall rules: deletion and subnet change protection (AWS-NFW-001), customer
# KMS key (AWS-NFW-002).
variable "protect" {
  type    = bool
  default = false
}

resource "aws_kms_key" "nfw" {
  description = "nfw"
}

locals {
  later = aws_kms_key.nfw.arn != ""
}

resource "aws_networkfirewall_rule_group" "default_key" {
  capacity = 100
  name     = "default-key"
  type     = "STATEFUL"
  rules    = "pass tcp any any -> any 443 (sid:1;)"
}

resource "aws_networkfirewall_rule_group" "customer_key" {
  capacity = 100
  name     = "customer-key"
  type     = "STATEFUL"
  rules    = "pass tcp any any -> any 443 (sid:1;)"
  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.nfw.arn
  }
}

resource "aws_networkfirewall_firewall_policy" "default_key" {
  name = "default-key"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_networkfirewall_firewall" "defaults" {
  name                = "defaults"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/default-key"
  vpc_id              = "vpc-0123456789abcdef0"
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

resource "aws_networkfirewall_firewall" "hardened" {
  name                     = "hardened"
  firewall_policy_arn      = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/default-key"
  vpc_id                   = "vpc-0123456789abcdef0"
  delete_protection        = true
  subnet_change_protection = true
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.nfw.arn
  }
}

resource "aws_networkfirewall_firewall" "known_after_apply" {
  name                     = "later"
  firewall_policy_arn      = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/default-key"
  vpc_id                   = "vpc-0123456789abcdef0"
  delete_protection        = local.later
  subnet_change_protection = true
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : ""
  }
}

module "fw" {
  source  = "./modules/m"
  protect = var.protect
}

resource "aws_networkfirewall_logging_configuration" "hardened" {
  firewall_arn = aws_networkfirewall_firewall.hardened.arn
  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/aws/network-firewall/alert"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }
  }
}

resource "aws_networkfirewall_logging_configuration" "module_fw" {
  firewall_arn = module.fw.arn
  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "/aws/network-firewall/flow"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "FLOW"
    }
  }
}

variable "fragment_action" {
  type    = string
  default = "aws:pass"
}

resource "aws_networkfirewall_firewall_policy" "passes" {
  name = "passes"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = [var.fragment_action]
  }
}

resource "aws_networkfirewall_firewall_policy" "known_after_apply" {
  name = "later"
  firewall_policy {
    stateless_default_actions          = [local.later ? "aws:drop" : "aws:pass"]
    stateless_fragment_default_actions = ["aws:drop"]
  }
}
