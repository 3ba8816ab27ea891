variable "retention" {
  type = number
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "module-cache"
  description                = "module cache"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  snapshot_retention_limit   = var.retention
  subnet_group_name          = "module-private"
}
