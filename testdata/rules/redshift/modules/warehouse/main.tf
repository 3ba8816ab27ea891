variable "public" {
  type = bool
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier     = "module-warehouse"
  node_type              = "ra3.large"
  cluster_type           = "single-node"
  master_username        = "admin1"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = var.public
}
