# AWS-ELC-002: parameter group family against engine version (unset = 7.x).
locals {
  group = aws_elasticache_parameter_group.redis7.id
}

resource "aws_elasticache_parameter_group" "redis6" {
  name   = "fixture-redis6"
  family = "redis6.x"
}

resource "aws_elasticache_parameter_group" "redis7" {
  name   = "fixture-redis7"
  family = "redis7"
}

resource "aws_elasticache_replication_group" "fail_family_mismatch" {
  replication_group_id = "fail-family-mismatch"
  description          = "fixture"
  node_type            = "cache.t3.micro"
  engine_version       = "7.1"
  parameter_group_name = aws_elasticache_parameter_group.redis6.name
}

resource "aws_elasticache_replication_group" "pass_family_match" {
  replication_group_id = "pass-family-match"
  description          = "fixture"
  node_type            = "cache.t3.micro"
  engine_version       = "7.1"
  parameter_group_name = aws_elasticache_parameter_group.redis7.name
}

resource "aws_elasticache_replication_group" "pass_no_group" {
  replication_group_id = "pass-no-group"
  description          = "fixture"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "fail_default_group_of_other_version" {
  replication_group_id = "fail-default-group-of-other-version"
  description          = "fixture"
  node_type            = "cache.t3.micro"
  engine_version       = "7.1"
  parameter_group_name = "default.redis6.x"
}

resource "aws_elasticache_replication_group" "fail_default_version_with_redis6_group" {
  replication_group_id = "fail-default-version-with-redis6-group"
  description          = "fixture"
  node_type            = "cache.t3.micro"
  parameter_group_name = aws_elasticache_parameter_group.redis6.name
}

resource "aws_elasticache_replication_group" "unknown_group_behind_local" {
  replication_group_id = "unknown-group-behind-local"
  description          = "fixture"
  node_type            = "cache.t3.micro"
  engine_version       = "7.1"
  parameter_group_name = local.group
}
