# AWS-RDS-008: a replica cluster has its source's encryption, a member of a global database
# the global cluster's; with storage_encrypted unset, neither is proven.
variable "source_cluster" {
  type    = string
  default = "arn:aws:rds:us-west-2:111122223333:cluster:legacy"
}

resource "aws_rds_global_cluster" "helper" {
  global_cluster_identifier    = "global"
  source_db_cluster_identifier = "arn:aws:rds:us-west-2:111122223333:cluster:existing"
  force_destroy                = true
}

resource "aws_rds_cluster" "unknown_replica" {
  cluster_identifier            = "replica"
  engine                        = "aurora-mysql"
  replication_source_identifier = var.source_cluster
  skip_final_snapshot           = true
}

resource "aws_rds_cluster" "unknown_global_member" {
  cluster_identifier        = "secondary"
  engine                    = "aurora-mysql"
  global_cluster_identifier = aws_rds_global_cluster.helper.id
  skip_final_snapshot       = true
}

resource "aws_rds_cluster" "fail_replica_unencrypted" {
  cluster_identifier            = "replica-off"
  engine                        = "aurora-mysql"
  replication_source_identifier = var.source_cluster
  storage_encrypted             = false
  skip_final_snapshot           = true
}

resource "aws_rds_cluster" "pass_new_aurora" {
  cluster_identifier          = "new"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}
