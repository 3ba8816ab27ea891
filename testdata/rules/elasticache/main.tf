# F07 ElastiCache rules (AWS-ELC-004..007): encryption at rest and in transit, automatic
# backups, the default subnet group. Engine-dependent defaults: Valkey encrypts at rest.
variable "transit" {
  type    = bool
  default = false
}

variable "retention" {
  type    = number
  default = 0
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_elasticache_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

# Redis by default: no encryption, no backups, default subnet group.
resource "aws_elasticache_replication_group" "redis_defaults" {
  replication_group_id = "redis-defaults"
  description          = "redis defaults"
  node_type            = "cache.t3.micro"
}

# Valkey encrypts at rest by default; TLS only "preferred".
resource "aws_elasticache_replication_group" "valkey_preferred_tls" {
  replication_group_id       = "valkey-preferred-tls"
  description                = "valkey"
  engine                     = "valkey"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
  snapshot_retention_limit   = 7
  subnet_group_name          = "default"
}

resource "aws_elasticache_replication_group" "hardened" {
  replication_group_id       = "hardened"
  description                = "hardened"
  engine                     = "redis"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = "0123456789abcdef0123"
  snapshot_retention_limit   = 5
  subnet_group_name          = aws_elasticache_subnet_group.private.name
}

resource "aws_elasticache_replication_group" "known_after_apply" {
  replication_group_id       = "known-after-apply"
  description                = "known after apply"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = local.later
  transit_encryption_enabled = local.later
  snapshot_retention_limit   = length(aws_kms_key.helper.arn)
  subnet_group_name          = aws_kms_key.helper.key_id
}

resource "aws_elasticache_replication_group" "from_variables" {
  replication_group_id       = "from-variables"
  description                = "from variables"
  engine                     = "valkey"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = var.transit
  transit_encryption_enabled = var.transit
  snapshot_retention_limit   = var.retention
  subnet_group_name          = aws_elasticache_subnet_group.private.name
}

module "cache" {
  source    = "./modules/cache"
  retention = 3
}

# Memcached: no backups to judge; the default subnet group still fails.
resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "redis_single" {
  cluster_id               = "redis-single"
  engine                   = "redis"
  node_type                = "cache.t3.micro"
  num_cache_nodes          = 1
  snapshot_retention_limit = 1
  subnet_group_name        = aws_elasticache_subnet_group.private.name
}

# A member of a replication group: the group holds backups and subnets.
resource "aws_elasticache_cluster" "member" {
  cluster_id           = "member"
  replication_group_id = aws_elasticache_replication_group.hardened.id
}
