variable "exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "this" {
  cluster_identifier              = "module-docs"
  master_username                 = "app"
  master_password                 = "not-a-real-password-1"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.exports
  db_cluster_parameter_group_name = "team-audit-group"
}
