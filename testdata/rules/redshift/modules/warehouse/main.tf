variable "public" {
  type = bool
}

variable "encrypted" {
  type = bool
}

variable "routing" {
  type = bool
}

variable "logging" {
  type = bool
}

variable "subnet_group" {
  type = string
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier        = "module-warehouse"
  node_type                 = "ra3.large"
  cluster_type              = "single-node"
  master_username           = "admin1"
  manage_master_password    = true
  skip_final_snapshot       = true
  encrypted                 = var.encrypted
  publicly_accessible       = var.public
  enhanced_vpc_routing      = var.routing
  cluster_subnet_group_name = var.subnet_group
  logging {
    enable      = var.logging
    bucket_name = "audit-logs"
  }
}
