# F07 P3 DynamoDB and DAX rules: DAX endpoint TLS (AWS-DDB-006), table deletion protection
# (AWS-DDB-007).
variable "dax_tls" {
  type    = string
  default = "NONE"
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_dax_cluster" "defaults" {
  cluster_name       = "defaults"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 1
}

resource "aws_dax_cluster" "tls" {
  cluster_name                     = "tls"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = "TLS"
}

resource "aws_dax_cluster" "known_after_apply" {
  cluster_name                     = "later"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = local.later ? "TLS" : "NONE"
}

resource "aws_dax_cluster" "from_variable" {
  cluster_name                     = "from-variable"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = var.dax_tls
}

resource "aws_dynamodb_table" "defaults" {
  name         = "defaults"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "protected" {
  name                        = "protected"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "known_after_apply" {
  name                        = "later"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = local.later
  attribute {
    name = "id"
    type = "S"
  }
}

module "tables" {
  source     = "./modules/m"
  protection = false
}
