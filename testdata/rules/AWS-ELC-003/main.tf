# AWS-ELC-003 (opt): cluster mode.
resource "aws_kms_key" "helper" {
  description = "cache"
}

resource "aws_elasticache_replication_group" "pass_cluster_mode" {
  replication_group_id    = "pass-cluster-mode"
  description             = "fixture"
  node_type               = "cache.t3.micro"
  cluster_mode            = "enabled"
  num_node_groups         = 2
  replicas_per_node_group = 1
}

resource "aws_elasticache_replication_group" "fail_single_shard" {
  replication_group_id = "fail-single-shard"
  description          = "fixture"
  node_type            = "cache.t3.micro"
}

resource "aws_elasticache_replication_group" "unknown_node_groups" {
  replication_group_id    = "unknown-node-groups"
  description             = "fixture"
  node_type               = "cache.t3.micro"
  num_node_groups         = length(aws_kms_key.helper.arn) > 0 ? 2 : 1
  replicas_per_node_group = 1
}
