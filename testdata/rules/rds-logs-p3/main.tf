# Aurora log exports (AWS-RDS-025, AWS-RDS-026) and snapshot copy / replicated backup keys
# (AWS-RDS-027). Values known only after apply come from a key created in the same plan.
variable "pg_exports" {
  type    = list(string)
  default = ["postgresql"]
}

variable "aws_rds_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/rds"
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = length(aws_kms_key.helper.arn) > 0 ? ["audit", "postgresql"] : []
  # A key behind a local: the reference cannot be followed.
  key = aws_kms_key.helper.arn
}

# --- clusters -------------------------------------------------------------------------------

resource "aws_rds_cluster" "mysql_defaults" {
  cluster_identifier          = "mysql-defaults"
  engine                      = "aurora-mysql"
  master_username             = "app_owner"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "mysql_audit" {
  cluster_identifier              = "mysql-audit"
  engine                          = "aurora-mysql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
}

# Exports without the audit log.
resource "aws_rds_cluster" "mysql_no_audit" {
  cluster_identifier              = "mysql-no-audit"
  engine                          = "aurora-mysql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}

resource "aws_rds_cluster" "mysql_later" {
  cluster_identifier              = "mysql-later"
  engine                          = "aurora-mysql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = local.later
}

resource "aws_rds_cluster" "pg_defaults" {
  cluster_identifier          = "pg-defaults"
  engine                      = "aurora-postgresql"
  master_username             = "app_owner"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "pg_exports" {
  cluster_identifier              = "pg-exports"
  engine                          = "aurora-postgresql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.pg_exports
}

resource "aws_rds_cluster" "pg_later" {
  cluster_identifier              = "pg-later"
  engine                          = "aurora-postgresql"
  master_username                 = "app_owner"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = local.later
}

# A Multi-AZ DB cluster (not Aurora): judged by neither.
resource "aws_rds_cluster" "multi_az" {
  cluster_identifier          = "multi-az"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m5d.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "app_owner"
  manage_master_user_password = true
}

# --- snapshot copies ------------------------------------------------------------------------

resource "aws_db_snapshot_copy" "defaults" {
  source_db_snapshot_identifier = "arn:aws:rds:us-east-1:111122223333:snapshot:base"
  target_db_snapshot_identifier = "copy-defaults"
}

resource "aws_db_snapshot_copy" "customer_key" {
  source_db_snapshot_identifier = "arn:aws:rds:us-east-1:111122223333:snapshot:base"
  target_db_snapshot_identifier = "copy-customer-key"
  kms_key_id                    = aws_kms_key.helper.arn
}

resource "aws_db_snapshot_copy" "aws_key" {
  source_db_snapshot_identifier = "arn:aws:rds:us-east-1:111122223333:snapshot:base"
  target_db_snapshot_identifier = "copy-aws-key"
  kms_key_id                    = var.aws_rds_key
}

# --- replicated automated backups -----------------------------------------------------------

resource "aws_db_instance_automated_backups_replication" "defaults" {
  source_db_instance_arn = "arn:aws:rds:us-west-2:111122223333:db:source-a"
}

resource "aws_db_instance_automated_backups_replication" "customer_key" {
  source_db_instance_arn = "arn:aws:rds:us-west-2:111122223333:db:source-b"
  kms_key_id             = aws_kms_key.helper.arn
}

resource "aws_db_instance_automated_backups_replication" "key_behind_local" {
  source_db_instance_arn = "arn:aws:rds:us-west-2:111122223333:db:source-c"
  kms_key_id             = local.key
}
