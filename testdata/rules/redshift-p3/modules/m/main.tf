variable "admin" {
  type = string
}

resource "aws_redshift_cluster" "this" {
  cluster_identifier = "module-dw"
  node_type          = "ra3.xlplus"
  master_username    = var.admin
  master_password    = "Correct-Horse-1"
  database_name      = "warehouse"
}
