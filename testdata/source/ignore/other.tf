# Terraform accepts an object with a repeated key (the last wins); the HCL parser does not, so
# this file's locations come from a line scan, and a warning says so.
locals {
  settings = {
    retention = 7
    retention = 14
  }
}

resource "aws_cloudwatch_log_group" "scanned" {
  name              = "scanned"
  retention_in_days = local.settings.retention
}
