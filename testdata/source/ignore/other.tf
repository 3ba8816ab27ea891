# Terraform accepts an object with a repeated key (the last wins); the HCL parser does not, and a
# one-letter key cannot be renamed in place, so this file's locations come from a line scan.
locals {
  settings = {
    r = 7
    r = 14
  }
}

resource "aws_cloudwatch_log_group" "scanned" {
  name              = "scanned"
  retention_in_days = local.settings.r
}
