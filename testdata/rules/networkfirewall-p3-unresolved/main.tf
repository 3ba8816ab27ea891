# AWS-NFW-003 when the logging configuration's firewall goes through a local (locals are not in
# the plan JSON): which firewall it logs cannot be told.
locals {
  logged_firewall = aws_networkfirewall_firewall.behind_local.arn
}

resource "aws_networkfirewall_firewall" "behind_local" {
  name                = "behind-local"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/default-key"
  vpc_id              = "vpc-0123456789abcdef0"
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

resource "aws_networkfirewall_logging_configuration" "through_local" {
  firewall_arn = local.logged_firewall
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
