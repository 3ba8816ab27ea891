# F06 P3 rules (AWS-RDS-015..024, AWS-BAK-002) and AWS-RDS-007 judged on the effective
# exposure of publicly_accessible = true. Values known only after apply come from a key
# created in the same plan.
variable "on" {
  type    = bool
  default = true
}

variable "off" {
  type    = bool
  default = false
}

variable "admin_name" {
  type    = string
  default = "admin"
}

variable "ca" {
  type    = string
  default = "rds-ca-ecc384-g1"
}

variable "aws_rds_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/rds"
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later  = aws_kms_key.helper.arn != ""
  window = length(aws_kms_key.helper.arn) > 0 ? 3600 : 0
  # A key behind a local: the reference cannot be followed.
  key = aws_kms_key.helper.arn
  ca  = length(aws_kms_key.helper.arn) > 0 ? "rds-ca-rsa4096-g1" : "rds-ca-2019"
}

# --- networks -----------------------------------------------------------------------------

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

# --- aws_db_instance ------------------------------------------------------------------------

# publicly_accessible = true, but its VPC has no internet gateway: not reachable.
resource "aws_db_instance" "public_isolated" {
  identifier                      = "public-isolated"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app_owner"
  manage_master_user_password     = true
  publicly_accessible             = true
  db_subnet_group_name            = aws_db_subnet_group.isolated.name
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.helper.arn
  copy_tags_to_snapshot           = true
}

resource "aws_db_instance" "public_with_gateway" {
  identifier                  = "public-with-gateway"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "postgres"
  manage_master_user_password = true
  publicly_accessible         = true
  db_subnet_group_name        = aws_db_subnet_group.with_gateway.name
  ca_cert_identifier          = "rds-ca-2019"
}

# A subnet group the plan does not create: its network is not in the plan.
resource "aws_db_instance" "public_external_group" {
  identifier                   = "public-external-group"
  engine                       = "mysql"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  username                     = var.admin_name
  manage_master_user_password  = true
  publicly_accessible          = true
  db_subnet_group_name         = "legacy-db"
  performance_insights_enabled = local.later
  copy_tags_to_snapshot        = local.later
  ca_cert_identifier           = var.ca
}

# A read replica: username from its source, publicly_accessible unset (false).
resource "aws_db_instance" "replica" {
  identifier          = "replica"
  replicate_source_db = aws_db_instance.public_isolated.identifier
  instance_class      = "db.t3.micro"
  ca_cert_identifier  = local.ca
}

module "db" {
  source = "./modules/db"
  public = var.on
  pi_key = var.aws_rds_key
  user   = "admin"
}

# --- aws_rds_cluster and aws_rds_cluster_instance -------------------------------------------

resource "aws_rds_cluster" "aurora_mysql" {
  cluster_identifier          = "aurora-mysql"
  engine                      = "aurora-mysql"
  master_username             = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = aws_db_subnet_group.isolated.name
  copy_tags_to_snapshot       = true
}

resource "aws_rds_cluster" "postgres_gateway" {
  cluster_identifier          = "postgres-gateway"
  engine                      = "aurora-postgresql"
  master_username             = "app_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.helper.arn
  db_subnet_group_name        = aws_db_subnet_group.with_gateway.name
}

resource "aws_rds_cluster" "backtracked" {
  cluster_identifier          = "backtracked"
  engine                      = "aurora-mysql"
  master_username             = "app_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = var.aws_rds_key
  backtrack_window            = 86400
  copy_tags_to_snapshot       = var.off
}

resource "aws_rds_cluster" "restored" {
  cluster_identifier    = "restored"
  engine                = "aurora-mysql"
  snapshot_identifier   = "arn:aws:rds:us-east-1:111122223333:cluster-snapshot:base"
  backtrack_window      = local.window
  copy_tags_to_snapshot = local.later
}

resource "aws_rds_cluster_instance" "aurora_public_isolated" {
  identifier          = "aurora-public-isolated"
  cluster_identifier  = aws_rds_cluster.aurora_mysql.id
  engine              = "aurora-mysql"
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}

resource "aws_rds_cluster_instance" "aurora_public_gateway" {
  identifier                   = "aurora-public-gateway"
  cluster_identifier           = aws_rds_cluster.postgres_gateway.id
  engine                       = "aurora-postgresql"
  instance_class               = "db.r6g.large"
  publicly_accessible          = true
  performance_insights_enabled = true
}

# --- global clusters ------------------------------------------------------------------------

resource "aws_rds_global_cluster" "defaults" {
  global_cluster_identifier = "defaults"
  engine                    = "aurora-postgresql"
}

resource "aws_rds_global_cluster" "encrypted" {
  global_cluster_identifier = "encrypted"
  engine                    = "aurora-postgresql"
  storage_encrypted         = var.on
}

resource "aws_rds_global_cluster" "from_cluster" {
  global_cluster_identifier    = "from-cluster"
  source_db_cluster_identifier = aws_rds_cluster.postgres_gateway.arn
  force_destroy                = true
}

resource "aws_rds_global_cluster" "known_after_apply" {
  global_cluster_identifier = "known-after-apply"
  engine                    = "aurora-mysql"
  storage_encrypted         = local.later
}

# --- proxies --------------------------------------------------------------------------------

resource "aws_iam_role" "proxy" {
  name = "proxy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "rds.amazonaws.com" } }]
  })
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_db_proxy" "defaults" {
  name           = "defaults"
  engine_family  = "POSTGRESQL"
  role_arn       = aws_iam_role.proxy.arn
  vpc_subnet_ids = [aws_subnet.isolated.id]
  auth {
    secret_arn = aws_secretsmanager_secret.db.arn
  }
}

resource "aws_db_proxy" "tls" {
  name           = "tls"
  engine_family  = "POSTGRESQL"
  role_arn       = aws_iam_role.proxy.arn
  vpc_subnet_ids = [aws_subnet.isolated.id]
  require_tls    = var.on
  auth {
    secret_arn = aws_secretsmanager_secret.db.arn
  }
}

resource "aws_db_proxy" "known_after_apply" {
  name           = "known-after-apply"
  engine_family  = "MYSQL"
  role_arn       = aws_iam_role.proxy.arn
  vpc_subnet_ids = [aws_subnet.isolated.id]
  require_tls    = local.later
  auth {
    secret_arn = aws_secretsmanager_secret.db.arn
  }
}

# --- activity streams -----------------------------------------------------------------------

resource "aws_rds_cluster_activity_stream" "customer_key" {
  resource_arn = aws_rds_cluster.postgres_gateway.arn
  mode         = "async"
  kms_key_id   = aws_kms_key.helper.key_id
}

resource "aws_rds_cluster_activity_stream" "aws_key" {
  resource_arn = aws_rds_cluster.aurora_mysql.arn
  mode         = "async"
  kms_key_id   = var.aws_rds_key
}

resource "aws_rds_cluster_activity_stream" "key_behind_local" {
  resource_arn = aws_rds_cluster.backtracked.arn
  mode         = "async"
  kms_key_id   = local.key
}

# --- backup vaults --------------------------------------------------------------------------

resource "aws_backup_vault" "defaults" {
  name = "defaults"
}

resource "aws_backup_vault" "customer_key" {
  name        = "customer-key"
  kms_key_arn = aws_kms_key.helper.arn
}

resource "aws_backup_vault" "aws_key" {
  name        = "aws-key"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/backup"
}

resource "aws_backup_vault" "key_behind_local" {
  name        = "key-behind-local"
  kms_key_arn = local.key
}
