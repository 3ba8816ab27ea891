# ElastiCache: engine names in any case (the provider and AWS accept "Redis", "Valkey"), and
# user groups whose default user needs no password (AWS-ELC-001).
variable "engine" {
  type    = string
  default = "Redis"
}

resource "aws_elasticache_replication_group" "redis_capitalised" {
  replication_group_id       = "redis-capitalised"
  description                = "engine written Redis"
  engine                     = var.engine
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  snapshot_retention_limit   = 0
  automatic_failover_enabled = false
  auto_minor_version_upgrade = false
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = "a-long-enough-token-0123456789"
}

resource "aws_elasticache_replication_group" "valkey_capitalised" {
  replication_group_id       = "valkey-capitalised"
  description                = "engine written Valkey, at-rest encryption left to its default"
  engine                     = "Valkey"
  engine_version             = "8.0"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  snapshot_retention_limit   = 7
  automatic_failover_enabled = true
  transit_encryption_enabled = true
  auth_token                 = "a-long-enough-token-0123456789"
}

# No engine_version: Valkey runs its latest major version, which the plan does not show.
resource "aws_elasticache_replication_group" "valkey_unversioned" {
  replication_group_id       = "valkey-unversioned"
  description                = "valkey, version at apply"
  engine                     = "valkey"
  parameter_group_name       = "default.valkey8"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  snapshot_retention_limit   = 7
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = "a-long-enough-token-0123456789"
}

resource "aws_elasticache_user" "open_default" {
  user_id       = "open-default"
  user_name     = "default"
  access_string = "on ~* +@all"
  engine        = "redis"
  authentication_mode {
    type = "no-password-required"
  }
}

resource "aws_elasticache_user" "locked_default" {
  user_id       = "locked-default"
  user_name     = "default"
  access_string = "on ~* +@all off"
  engine        = "redis"
  authentication_mode {
    type = "no-password-required"
  }
}

resource "aws_elasticache_user" "app" {
  user_id       = "app"
  user_name     = "app"
  access_string = "on ~app:* +@read"
  engine        = "redis"
  authentication_mode {
    type      = "password"
    passwords = ["a-long-enough-password-0123456789"]
  }
}

resource "aws_elasticache_user_group" "open" {
  engine        = "redis"
  user_group_id = "open"
  user_ids      = [aws_elasticache_user.open_default.user_id]
}

resource "aws_elasticache_user_group" "locked" {
  engine        = "redis"
  user_group_id = "locked"
  user_ids      = [aws_elasticache_user.locked_default.user_id, aws_elasticache_user.app.user_id]
}

resource "aws_elasticache_user_group" "builtin" {
  engine        = "redis"
  user_group_id = "builtin"
  user_ids      = ["default"]
}

resource "aws_elasticache_replication_group" "open_default_user" {
  replication_group_id       = "open-default-user"
  description                = "its group's default user needs no password"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.open.user_group_id]
}

resource "aws_elasticache_replication_group" "builtin_default_user" {
  replication_group_id       = "builtin-default-user"
  description                = "its group holds the built-in default user"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.builtin.user_group_id]
}

resource "aws_elasticache_replication_group" "locked_default_user" {
  replication_group_id       = "locked-default-user"
  description                = "its group's default user is off"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.locked.user_group_id]
}

resource "aws_elasticache_replication_group" "group_elsewhere" {
  replication_group_id       = "group-elsewhere"
  description                = "a user group managed outside this plan"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  transit_encryption_enabled = true
  user_group_ids             = ["managed-elsewhere"]
}
