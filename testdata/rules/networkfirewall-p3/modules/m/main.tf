variable "protect" {
  type = bool
}

resource "aws_networkfirewall_firewall" "this" {
  name                     = "module-fw"
  firewall_policy_arn      = "arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/default-key"
  vpc_id                   = "vpc-0123456789abcdef0"
  delete_protection        = true
  subnet_change_protection = var.protect
  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

output "arn" {
  value = aws_networkfirewall_firewall.this.arn
}
