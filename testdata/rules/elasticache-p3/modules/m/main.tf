variable "upgrades" {
  type = bool
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "module-cache"
  description                = "module cache"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  auto_minor_version_upgrade = var.upgrades
}
