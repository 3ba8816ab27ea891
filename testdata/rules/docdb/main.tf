# F07 DocumentDB rules (AWS-DOCDB-001..003): encryption, customer key, audit log export with
# the audit_logs parameter of the cluster parameter group.
variable "encrypted" {
  type    = bool
  default = false
}

variable "docdb_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/rds"
}

variable "exports" {
  type    = list(string)
  default = ["profiler"]
}

resource "aws_kms_key" "docdb" {
  description = "docdb"
}

locals {
  later = aws_kms_key.docdb.arn != ""
  key   = aws_kms_key.docdb.arn
}

resource "aws_docdb_cluster_parameter_group" "audit_on" {
  name   = "audit-on"
  family = "docdb5.0"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "tls_only" {
  name   = "tls-only"
  family = "docdb5.0"
  parameter {
    name  = "tls"
    value = "enabled"
  }
}

# Nothing set: unencrypted, no key, no exports.
resource "aws_docdb_cluster" "defaults" {
  cluster_identifier = "defaults"
  master_username    = "app"
  master_password    = "not-a-real-password-1"
}

resource "aws_docdb_cluster" "hardened" {
  cluster_identifier              = "hardened"
  master_username                 = "app"
  master_password                 = "not-a-real-password-1"
  storage_encrypted               = true
  kms_key_id                      = aws_kms_key.docdb.arn
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit_on.name
}

# Exports audit, but its parameter group leaves audit_logs disabled.
resource "aws_docdb_cluster" "audit_export_without_parameter" {
  cluster_identifier              = "audit-export-without-parameter"
  master_username                 = "app"
  master_password                 = "not-a-real-password-1"
  storage_encrypted               = true
  kms_key_id                      = "arn:aws:kms:us-east-1:111122223333:alias/aws/rds"
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls_only.name
}

# Exports audit with the default parameter group; restored from a snapshot.
resource "aws_docdb_cluster" "from_snapshot_default_group" {
  cluster_identifier              = "from-snapshot-default-group"
  snapshot_identifier             = "base-snapshot"
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_docdb_cluster" "known_after_apply" {
  cluster_identifier              = "known-after-apply"
  master_username                 = "app"
  master_password                 = "not-a-real-password-1"
  storage_encrypted               = local.later
  kms_key_id                      = local.key
  enabled_cloudwatch_logs_exports = local.later ? ["audit"] : []
}

resource "aws_docdb_cluster" "from_variables" {
  cluster_identifier              = "from-variables"
  master_username                 = "app"
  master_password                 = "not-a-real-password-1"
  storage_encrypted               = var.encrypted
  kms_key_id                      = var.docdb_key
  enabled_cloudwatch_logs_exports = var.exports
}

module "docs" {
  source  = "./modules/docs"
  exports = ["audit"]
}

resource "aws_docdb_global_cluster" "defaults" {
  global_cluster_identifier = "global-defaults"
  engine                    = "docdb"
}

resource "aws_docdb_global_cluster" "encrypted" {
  global_cluster_identifier = "global-encrypted"
  engine                    = "docdb"
  storage_encrypted         = true
}
