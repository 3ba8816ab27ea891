# F08 Redshift rules (AWS-RS-001..005): encryption, public access, enhanced VPC routing,
# audit logging (in the cluster or through aws_redshift_logging), subnet group.
variable "public" {
  type    = bool
  default = true
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
  group = aws_kms_key.helper.key_id
}

resource "aws_redshift_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-0123456789abcdef0"]
}

resource "aws_redshift_cluster" "defaults" {
  cluster_identifier     = "defaults"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "admin1"
  manage_master_password = true
  skip_final_snapshot    = true
}

resource "aws_redshift_cluster" "hardened" {
  cluster_identifier        = "hardened"
  node_type                 = "ra3.large"
  cluster_type              = "single-node"
  master_username           = "admin1"
  manage_master_password    = true
  skip_final_snapshot       = true
  encrypted                 = true
  kms_key_id                = aws_kms_key.helper.arn
  publicly_accessible       = false
  enhanced_vpc_routing      = true
  cluster_subnet_group_name = aws_redshift_subnet_group.private.name
}

resource "aws_redshift_logging" "hardened" {
  cluster_identifier   = aws_redshift_cluster.hardened.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_cluster" "known_after_apply" {
  cluster_identifier        = "known-after-apply"
  node_type                 = "ra3.large"
  cluster_type              = "single-node"
  master_username           = "admin1"
  manage_master_password    = true
  skip_final_snapshot       = true
  encrypted                 = local.later
  publicly_accessible       = local.later
  enhanced_vpc_routing      = local.later
  cluster_subnet_group_name = local.group
  logging {
    enable      = local.later
    bucket_name = "audit-logs"
  }
}

resource "aws_redshift_cluster" "explicit_off" {
  cluster_identifier        = "explicit-off"
  node_type                 = "ra3.large"
  cluster_type              = "single-node"
  master_username           = "admin1"
  manage_master_password    = true
  skip_final_snapshot       = true
  encrypted                 = false
  publicly_accessible       = var.public
  enhanced_vpc_routing      = false
  cluster_subnet_group_name = "legacy-group"
  logging {
    enable      = true
    bucket_name = "audit-logs"
  }
}

module "warehouse" {
  source       = "./modules/warehouse"
  public       = false
  encrypted    = true
  routing      = false
  logging      = false
  subnet_group = aws_redshift_subnet_group.private.name
}
