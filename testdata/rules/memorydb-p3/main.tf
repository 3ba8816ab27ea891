# F07 P3 MemoryDB rules: customer KMS key (AWS-MEMDB-001), TLS (AWS-MEMDB-002).
variable "tls" {
  type    = bool
  default = false
}

resource "aws_kms_key" "store" {
  description = "memorydb"
}

locals {
  later = aws_kms_key.store.arn != ""
}

resource "aws_memorydb_cluster" "defaults" {
  name      = "defaults"
  acl_name  = "open-access"
  node_type = "db.t4g.small"
}

resource "aws_memorydb_cluster" "hardened" {
  name        = "hardened"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  kms_key_arn = aws_kms_key.store.arn
  tls_enabled = true
}

resource "aws_memorydb_cluster" "tls_from_variable" {
  name        = "tls-from-variable"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/memorydb"
  tls_enabled = var.tls
}

resource "aws_memorydb_cluster" "known_after_apply" {
  name        = "later"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  kms_key_arn = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : ""
  tls_enabled = local.later
}

resource "aws_memorydb_snapshot" "default_key" {
  cluster_name = aws_memorydb_cluster.hardened.name
  name         = "default-key"
}

module "snap" {
  source = "./modules/m"
  key    = aws_kms_key.store.arn
}
