# F07 P3 Neptune rules: backup retention (AWS-NEP-006), copy tags to snapshots (AWS-NEP-007),
# deletion protection (AWS-NEP-008), public instances (AWS-NEP-009).
variable "public" {
  type    = bool
  default = true
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_neptune_cluster" "defaults" {
  cluster_identifier  = "defaults"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "hardened" {
  cluster_identifier      = "hardened"
  backup_retention_period = 7
  copy_tags_to_snapshot   = true
  deletion_protection     = true
}

resource "aws_neptune_cluster" "known_after_apply" {
  cluster_identifier      = "later"
  backup_retention_period = local.later ? 7 : 1
  copy_tags_to_snapshot   = local.later
  deletion_protection     = local.later
}

resource "aws_neptune_cluster_instance" "private_default" {
  cluster_identifier = aws_neptune_cluster.hardened.id
  instance_class     = "db.r6g.large"
}

resource "aws_neptune_cluster_instance" "public" {
  cluster_identifier  = aws_neptune_cluster.hardened.id
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}

resource "aws_neptune_cluster_instance" "known_after_apply" {
  cluster_identifier  = aws_neptune_cluster.hardened.id
  instance_class      = "db.r6g.large"
  publicly_accessible = local.later
}

module "graph" {
  source    = "./modules/m"
  public    = var.public
  retention = 3
}
