# F07 P3 DocumentDB rules: backup retention (AWS-DOCDB-004), deletion protection (AWS-DOCDB-005).
variable "retention" {
  type    = number
  default = 3
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_docdb_cluster" "defaults" {
  cluster_identifier = "defaults"
  master_username    = "app"
  master_password    = "correct-horse-battery"
}

resource "aws_docdb_cluster" "hardened" {
  cluster_identifier      = "hardened"
  master_username         = "app"
  master_password         = "correct-horse-battery"
  backup_retention_period = 14
  deletion_protection     = true
}

resource "aws_docdb_cluster" "known_after_apply" {
  cluster_identifier      = "later"
  master_username         = "app"
  master_password         = "correct-horse-battery"
  backup_retention_period = local.later ? 7 : 1
  deletion_protection     = local.later
}

module "docs" {
  source    = "./modules/m"
  retention = var.retention
}
