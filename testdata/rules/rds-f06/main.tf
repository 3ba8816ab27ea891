# F06 RDS and Aurora rules (AWS-RDS-007..014): instances, clusters with their instances,
# snapshots. Values known only after apply come from a key created in the same plan.
variable "public" {
  type    = bool
  default = true
}

variable "days" {
  type    = number
  default = 0
}

variable "off" {
  type    = bool
  default = false
}

variable "share_with" {
  type    = list(string)
  default = ["all"]
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
  days  = length(aws_kms_key.helper.arn) > 0 ? 7 : 0
}

# --- aws_db_instance ---------------------------------------------------------------------

resource "aws_db_instance" "public_defaults" {
  identifier                  = "public-defaults"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  publicly_accessible         = true
}

resource "aws_db_instance" "hardened" {
  identifier                          = "hardened"
  engine                              = "mysql"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "app"
  manage_master_user_password         = true
  publicly_accessible                 = false
  backup_retention_period             = 7
  iam_database_authentication_enabled = true
  auto_minor_version_upgrade          = true
  deletion_protection                 = true
  multi_az                            = true
}

resource "aws_db_instance" "known_after_apply" {
  identifier                          = "known-after-apply"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "app"
  manage_master_user_password         = true
  publicly_accessible                 = local.later
  backup_retention_period             = local.days
  iam_database_authentication_enabled = local.later
  auto_minor_version_upgrade          = local.later
  deletion_protection                 = local.later
  multi_az                            = local.later
}

resource "aws_db_instance" "from_variables" {
  identifier                          = "from-variables"
  engine                              = "mariadb"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "app"
  manage_master_user_password         = true
  publicly_accessible                 = var.public
  backup_retention_period             = var.days
  iam_database_authentication_enabled = var.off
  auto_minor_version_upgrade          = var.off
  deletion_protection                 = var.off
  multi_az                            = var.off
}

# Oracle has no IAM database authentication: AWS-RDS-010 does not judge it.
resource "aws_db_instance" "oracle_one_day" {
  identifier                  = "oracle-one-day"
  engine                      = "oracle-se2"
  license_model               = "license-included"
  instance_class              = "db.t3.small"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 1
}

# A read replica: backups are its source's (AWS-RDS-009 does not judge it), and without an
# engine of its own AWS-RDS-010 does not either.
resource "aws_db_instance" "replica" {
  identifier          = "replica"
  replicate_source_db = aws_db_instance.hardened.identifier
  instance_class      = "db.t3.micro"
  deletion_protection = true
  multi_az            = true
}

module "db" {
  source = "./modules/db"
  public = true
  days   = 1
}

# --- aws_rds_cluster and aws_rds_cluster_instance ----------------------------------------

# Networks: an Aurora instance without publicly_accessible is public exactly when the VPC of
# its DB subnet group has an internet gateway.
resource "aws_vpc" "with_gateway" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.with_gateway.id
}

resource "aws_subnet" "with_gateway" {
  vpc_id     = aws_vpc.with_gateway.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_db_subnet_group" "with_gateway" {
  name       = "with-gateway"
  subnet_ids = [aws_subnet.with_gateway.id]
}

resource "aws_vpc" "isolated" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "isolated" {
  vpc_id     = aws_vpc.isolated.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_db_subnet_group" "isolated" {
  name       = "isolated"
  subnet_ids = [aws_subnet.isolated.id]
}

# Aurora, storage_encrypted unset: encrypted by default (new clusters since 2026-02-18).
resource "aws_rds_cluster" "aurora_defaults" {
  cluster_identifier          = "aurora-defaults"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

# No subnet group on the cluster: the default VPC decides (Unknown).
resource "aws_rds_cluster_instance" "aurora_defaults_reader_unset" {
  identifier         = "aurora-defaults-reader"
  cluster_identifier = aws_rds_cluster.aurora_defaults.id
  engine             = aws_rds_cluster.aurora_defaults.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster_instance" "aurora_defaults" {
  count               = 2
  identifier          = "aurora-defaults-${count.index}"
  cluster_identifier  = aws_rds_cluster.aurora_defaults.id
  engine              = aws_rds_cluster.aurora_defaults.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

# A Multi-AZ DB cluster (not Aurora): unencrypted by default.
resource "aws_rds_cluster" "multi_az_db_cluster" {
  cluster_identifier                  = "multi-az-db-cluster"
  engine                              = "mysql"
  db_cluster_instance_class           = "db.m5d.large"
  storage_type                        = "io1"
  allocated_storage                   = 100
  iops                                = 1000
  master_username                     = "app"
  manage_master_user_password         = true
  backup_retention_period             = 14
  iam_database_authentication_enabled = true
  deletion_protection                 = true
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier          = "serverless-v1"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = var.days
}

resource "aws_rds_cluster" "from_snapshot" {
  cluster_identifier   = "from-snapshot"
  engine               = "aurora-mysql"
  snapshot_identifier  = "arn:aws:rds:us-east-1:111122223333:cluster-snapshot:base"
  db_subnet_group_name = aws_db_subnet_group.with_gateway.name
  deletion_protection  = var.off
}

resource "aws_rds_cluster_instance" "from_snapshot_single" {
  identifier                 = "from-snapshot-single"
  cluster_identifier         = aws_rds_cluster.from_snapshot.id
  engine                     = "aurora-mysql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = false
}

resource "aws_rds_cluster" "explicitly_unencrypted" {
  cluster_identifier                  = "explicitly-unencrypted"
  engine                              = "aurora-mysql"
  master_username                     = "app"
  manage_master_user_password         = true
  storage_encrypted                   = var.off
  backup_retention_period             = 7
  iam_database_authentication_enabled = true
  deletion_protection                 = true
}

resource "aws_rds_cluster" "known_after_apply" {
  cluster_identifier                  = "known-after-apply"
  engine                              = "aurora-postgresql"
  master_username                     = "app"
  manage_master_user_password         = true
  storage_encrypted                   = local.later
  db_subnet_group_name                = aws_db_subnet_group.isolated.name
  backup_retention_period             = local.days
  iam_database_authentication_enabled = local.later
  deletion_protection                 = local.later
}

resource "aws_rds_cluster_instance" "same_zone" {
  count              = 2
  identifier         = "same-zone-${count.index}"
  cluster_identifier = aws_rds_cluster.known_after_apply.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
  availability_zone  = "us-east-1a"
}

# --- snapshots ------------------------------------------------------------------------------

resource "aws_db_snapshot" "public" {
  db_instance_identifier = aws_db_instance.hardened.identifier
  db_snapshot_identifier = "public"
  shared_accounts        = ["all"]
}

resource "aws_db_snapshot" "one_account" {
  db_instance_identifier = aws_db_instance.hardened.identifier
  db_snapshot_identifier = "one-account"
  shared_accounts        = ["111122223333"]
}

resource "aws_db_snapshot" "not_shared" {
  db_instance_identifier = aws_db_instance.hardened.identifier
  db_snapshot_identifier = "not-shared"
}

resource "aws_db_snapshot" "shared_after_apply" {
  db_instance_identifier = aws_db_instance.hardened.identifier
  db_snapshot_identifier = "shared-after-apply"
  shared_accounts        = [aws_kms_key.helper.key_id]
}

resource "aws_db_cluster_snapshot" "public_from_variable" {
  db_cluster_identifier          = aws_rds_cluster.aurora_defaults.id
  db_cluster_snapshot_identifier = "public-from-variable"
  shared_accounts                = var.share_with
}
