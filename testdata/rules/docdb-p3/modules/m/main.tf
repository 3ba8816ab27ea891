variable "retention" {
  type = number
}

resource "aws_docdb_cluster" "this" {
  cluster_identifier      = "module-docs"
  master_username         = "app"
  master_password         = "correct-horse-battery"
  backup_retention_period = var.retention
  deletion_protection     = true
}
