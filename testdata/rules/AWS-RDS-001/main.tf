# AWS-RDS-001: master passwords in Terraform state versus managed by RDS.
variable "db_password" {
  type      = string
  sensitive = true
  default   = "fixture-rds001-password"
}

locals {
  derived = "pw-${aws_kms_key.helper.key_id}"
}

resource "aws_kms_key" "helper" {
  description = "rds"
}

resource "aws_db_instance" "pass_managed_by_rds" {
  identifier                  = "pass-managed"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "fail_password_from_variable" {
  identifier        = "fail-password"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
}

resource "aws_db_instance" "unknown_password_behind_local" {
  identifier        = "unknown-password"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = local.derived
}

resource "aws_rds_cluster" "fail_cluster_master_password" {
  cluster_identifier = "fail-cluster"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = var.db_password
}

resource "aws_rds_cluster" "pass_cluster_managed" {
  cluster_identifier          = "pass-cluster"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}
