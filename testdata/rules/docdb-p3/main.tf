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

resource "aws_docdb_cluster_parameter_group" "tls_disabled" {
  family = "docdb5.0"
  name   = "tls-disabled"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
  parameter {
    name  = "tls"
    value = "disabled"
  }
}

# No tls parameter: DocumentDB's default, enabled.
resource "aws_docdb_cluster_parameter_group" "tls_default" {
  family = "docdb5.0"
  name   = "tls-default"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "tls_12" {
  family = "docdb5.0"
  name   = "tls-12"
  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}

resource "aws_docdb_cluster_parameter_group" "tls_from_variable" {
  family = "docdb5.0"
  name   = "tls-from-variable"
  parameter {
    name  = "tls"
    value = var.tls
  }
}

resource "aws_docdb_cluster_parameter_group" "tls_known_after_apply" {
  family = "docdb5.0"
  name   = "tls-later"
  parameter {
    name  = "tls"
    value = local.later ? "enabled" : "disabled"
  }
}

variable "tls" {
  type    = string
  default = "disabled"
}
