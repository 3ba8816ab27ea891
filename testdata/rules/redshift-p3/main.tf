# F08 P3 Redshift rules: customer KMS key (AWS-RS-006), default admin user (AWS-RS-007) and
# database name (AWS-RS-008), Multi-AZ (AWS-RS-009), automated snapshots (AWS-RS-010), version
# upgrades (AWS-RS-011), Serverless workgroup (AWS-RS-012) and namespace (AWS-RS-013).
variable "admin" {
  type    = string
  default = "awsuser"
}

resource "aws_kms_key" "dw" {
  description = "redshift"
}

locals {
  later = aws_kms_key.dw.arn != ""
}

resource "aws_redshift_cluster" "defaults" {
  cluster_identifier = "defaults"
  node_type          = "ra3.xlplus"
  master_username    = "awsuser"
  master_password    = "Correct-Horse-1"
}

resource "aws_redshift_cluster" "hardened" {
  cluster_identifier                  = "hardened"
  node_type                           = "ra3.xlplus"
  master_username                     = "dwadmin"
  master_password                     = "Correct-Horse-1"
  database_name                       = "warehouse"
  encrypted                           = true
  kms_key_id                          = aws_kms_key.dw.arn
  multi_az                            = true
  automated_snapshot_retention_period = 7
  allow_version_upgrade               = true
}

resource "aws_redshift_cluster" "restored" {
  cluster_identifier                  = "restored"
  node_type                           = "ra3.xlplus"
  snapshot_identifier                 = "dw-snapshot"
  kms_key_id                          = "arn:aws:kms:us-east-1:111122223333:alias/aws/redshift"
  automated_snapshot_retention_period = 0
  allow_version_upgrade               = false
}

resource "aws_redshift_cluster" "known_after_apply" {
  cluster_identifier                  = "later"
  node_type                           = "ra3.xlplus"
  master_username                     = local.later ? "dwadmin" : "awsuser"
  master_password                     = "Correct-Horse-1"
  database_name                       = local.later ? "warehouse" : "dev"
  kms_key_id                          = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : ""
  multi_az                            = local.later
  automated_snapshot_retention_period = local.later ? 7 : 0
  allow_version_upgrade               = local.later
}

module "dw" {
  source = "./modules/m"
  admin  = var.admin
}

resource "aws_redshift_snapshot_copy_grant" "default_key" {
  snapshot_copy_grant_name = "default-key"
}

resource "aws_redshift_snapshot_copy_grant" "customer_key" {
  snapshot_copy_grant_name = "customer-key"
  kms_key_id               = aws_kms_key.dw.arn
}

resource "aws_redshiftserverless_namespace" "defaults" {
  namespace_name = "defaults"
}

resource "aws_redshiftserverless_namespace" "admin_named_admin" {
  namespace_name      = "admin-named-admin"
  admin_username      = "admin"
  admin_user_password = "Correct-Horse-1"
  db_name             = "bi"
  kms_key_id          = aws_kms_key.dw.arn
}

resource "aws_redshiftserverless_namespace" "hardened" {
  namespace_name      = "hardened"
  admin_username      = "bi_owner"
  admin_user_password = "Correct-Horse-1"
  db_name             = "bi"
  kms_key_id          = aws_kms_key.dw.arn
}

resource "aws_redshiftserverless_namespace" "known_after_apply" {
  namespace_name = "later"
  db_name        = local.later ? "bi" : "dev"
  kms_key_id     = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : ""
}

resource "aws_redshiftserverless_workgroup" "defaults" {
  namespace_name = aws_redshiftserverless_namespace.defaults.namespace_name
  workgroup_name = "defaults"
}

resource "aws_redshiftserverless_workgroup" "public" {
  namespace_name       = aws_redshiftserverless_namespace.hardened.namespace_name
  workgroup_name       = "public"
  publicly_accessible  = true
  enhanced_vpc_routing = true
}

resource "aws_redshiftserverless_workgroup" "hardened" {
  namespace_name       = aws_redshiftserverless_namespace.hardened.namespace_name
  workgroup_name       = "hardened"
  enhanced_vpc_routing = true
}

resource "aws_redshiftserverless_workgroup" "known_after_apply" {
  namespace_name       = aws_redshiftserverless_namespace.hardened.namespace_name
  workgroup_name       = "later"
  enhanced_vpc_routing = local.later
}

resource "aws_redshift_parameter_group" "defaults" {
  name   = "defaults"
  family = "redshift-1.0"
}

resource "aws_redshift_parameter_group" "ssl_required" {
  name   = "ssl-required"
  family = "redshift-1.0"
  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "ssl_off" {
  name   = "ssl-off"
  family = "redshift-1.0"
  parameter {
    name  = "require_ssl"
    value = "false"
  }
}

resource "aws_redshift_parameter_group" "ssl_known_after_apply" {
  name   = "ssl-later"
  family = "redshift-1.0"
  parameter {
    name  = "require_ssl"
    value = local.later ? "true" : "false"
  }
}
