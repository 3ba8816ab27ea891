variable "key" {
  type = string
}

resource "aws_memorydb_snapshot" "this" {
  cluster_name = "module-store"
  name         = "module-snapshot"
  kms_key_arn  = var.key
}
