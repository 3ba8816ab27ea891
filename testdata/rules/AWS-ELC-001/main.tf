# AWS-ELC-001: Redis with TLS and without AUTH. auth_token null in the plan is absent.
variable "redis_token" {
  type      = string
  sensitive = true
  default   = "fixture-token-0123456789"
}

locals {
  derived_token = "token-${aws_kms_key.helper.key_id}"
}

resource "aws_kms_key" "helper" {
  description = "cache"
}

resource "aws_elasticache_replication_group" "fail_tls_without_auth" {
  replication_group_id       = "fail-tls-without-auth"
  description                = "fixture"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "pass_tls_with_token" {
  replication_group_id       = "pass-tls-with-token"
  description                = "fixture"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = var.redis_token
}

resource "aws_elasticache_replication_group" "pass_tls_off" {
  replication_group_id       = "pass-tls-off"
  description                = "fixture"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "unknown_token_behind_local" {
  replication_group_id       = "unknown-token-local"
  description                = "fixture"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = local.derived_token
}

resource "aws_elasticache_replication_group" "fail_valkey_without_auth" {
  replication_group_id       = "fail-valkey-without-auth"
  description                = "fixture"
  node_type                  = "cache.t3.micro"
  engine                     = "valkey"
  transit_encryption_enabled = true
}
