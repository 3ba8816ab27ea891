# F07 P3 ElastiCache rules: customer KMS key (AWS-ELC-008), automatic failover (AWS-ELC-009),
# auto minor version upgrade (AWS-ELC-010), Memcached across AZs (AWS-ELC-011).
variable "failover" {
  type    = bool
  default = false
}

resource "aws_kms_key" "cache" {
  description = "cache"
}

locals {
  later = aws_kms_key.cache.arn != ""
}

# Redis by default: AWS owned key, no failover, minor upgrades on (the default).
resource "aws_elasticache_replication_group" "redis_defaults" {
  replication_group_id = "redis-defaults"
  description          = "redis defaults"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "hardened" {
  replication_group_id       = "hardened"
  description                = "hardened"
  engine                     = "valkey"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  automatic_failover_enabled = true
  multi_az_enabled           = true
  auto_minor_version_upgrade = true
}

resource "aws_elasticache_replication_group" "upgrades_off" {
  replication_group_id       = "upgrades-off"
  description                = "upgrades off"
  node_type                  = "cache.t3.micro"
  kms_key_id                 = "arn:aws:kms:us-east-1:111122223333:alias/aws/elasticache"
  auto_minor_version_upgrade = false
  automatic_failover_enabled = var.failover
}

resource "aws_elasticache_replication_group" "known_after_apply" {
  replication_group_id       = "known-after-apply"
  description                = "known after apply"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  kms_key_id                 = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : ""
  automatic_failover_enabled = local.later
  auto_minor_version_upgrade = local.later
}

module "cache" {
  source   = "./modules/m"
  upgrades = false
}

resource "aws_elasticache_cluster" "redis_single" {
  cluster_id      = "redis-single"
  engine          = "redis"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "redis_upgrades_off" {
  cluster_id                 = "redis-upgrades-off"
  engine                     = "redis"
  node_type                  = "cache.t3.micro"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = "false"
}

resource "aws_elasticache_cluster" "memcached_single_az" {
  cluster_id      = "memcached-single-az"
  engine          = "memcached"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 3
}

resource "aws_elasticache_cluster" "memcached_cross_az" {
  cluster_id      = "memcached-cross-az"
  engine          = "memcached"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 2
  az_mode         = "cross-az"
}

resource "aws_elasticache_cluster" "memcached_one_node" {
  cluster_id      = "memcached-one-node"
  engine          = "memcached"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "memcached_later" {
  cluster_id      = "memcached-later"
  engine          = "memcached"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 2
  az_mode         = local.later ? "cross-az" : "single-az"
}

# A member of a replication group: the group holds the settings.
resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = aws_elasticache_replication_group.hardened.id
}
