# F07 Neptune rules (AWS-NEP-001..005): encryption, audit log export, customer key, IAM
# authentication, and snapshots judged through their cluster.
variable "iam_auth" {
  type    = bool
  default = false
}

variable "encrypted" {
  type    = bool
  default = true
}

variable "neptune_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/rds"
}

variable "exports" {
  type    = list(string)
  default = ["slowquery"]
}

resource "aws_kms_key" "neptune" {
  description = "neptune"
}

locals {
  later = aws_kms_key.neptune.arn != ""
}

resource "aws_neptune_cluster" "defaults" {
  cluster_identifier  = "defaults"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "hardened" {
  cluster_identifier                   = "hardened"
  skip_final_snapshot                  = true
  storage_encrypted                    = true
  kms_key_arn                          = aws_kms_key.neptune.arn
  iam_database_authentication_enabled  = true
  enable_cloudwatch_logs_exports       = ["audit"]
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audit.name
}

resource "aws_neptune_cluster_parameter_group" "audit" {
  name   = "audit"
  family = "neptune1.3"
  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_neptune_cluster_parameter_group" "audit_off" {
  name   = "audit-off"
  family = "neptune1.3"
  parameter {
    name  = "neptune_enable_audit_log"
    value = "0"
  }
}

# Exports the audit log, which its parameter group leaves off: the export stays empty.
resource "aws_neptune_cluster" "audit_parameter_off" {
  cluster_identifier                   = "audit-parameter-off"
  skip_final_snapshot                  = true
  enable_cloudwatch_logs_exports       = ["audit"]
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audit_off.name
}

# Exports the audit log with the default parameter group (neptune_enable_audit_log 0).
resource "aws_neptune_cluster" "audit_default_group" {
  cluster_identifier             = "audit-default-group"
  skip_final_snapshot            = true
  enable_cloudwatch_logs_exports = ["audit"]
}

resource "aws_neptune_cluster" "known_after_apply" {
  cluster_identifier                  = "known-after-apply"
  skip_final_snapshot                 = true
  storage_encrypted                   = local.later
  kms_key_arn                         = local.later ? aws_kms_key.neptune.arn : null
  iam_database_authentication_enabled = local.later
  enable_cloudwatch_logs_exports      = local.later ? ["audit"] : []
}

resource "aws_neptune_cluster" "from_variables" {
  cluster_identifier                  = "from-variables"
  skip_final_snapshot                 = true
  storage_encrypted                   = var.encrypted
  kms_key_arn                         = var.neptune_key
  iam_database_authentication_enabled = var.iam_auth
  enable_cloudwatch_logs_exports      = var.exports
}

resource "aws_neptune_cluster" "from_snapshot" {
  cluster_identifier  = "from-snapshot"
  skip_final_snapshot = true
  snapshot_identifier = "base-snapshot"
}

resource "aws_neptune_cluster_snapshot" "of_defaults" {
  db_cluster_identifier          = aws_neptune_cluster.defaults.id
  db_cluster_snapshot_identifier = "of-defaults"
}

resource "aws_neptune_cluster_snapshot" "of_hardened" {
  db_cluster_identifier          = aws_neptune_cluster.hardened.id
  db_cluster_snapshot_identifier = "of-hardened"
}

resource "aws_neptune_cluster_snapshot" "of_known_after_apply" {
  db_cluster_identifier          = aws_neptune_cluster.known_after_apply.id
  db_cluster_snapshot_identifier = "of-known-after-apply"
}

resource "aws_neptune_cluster_snapshot" "of_external" {
  db_cluster_identifier          = "managed-elsewhere"
  db_cluster_snapshot_identifier = "of-external"
}

resource "aws_neptune_cluster_snapshot" "of_from_variables" {
  db_cluster_identifier          = aws_neptune_cluster.from_variables.id
  db_cluster_snapshot_identifier = "of-from-variables"
}
