# F07 DynamoDB and DAX rules (AWS-DDB-003..005): point-in-time recovery and customer keys on
# tables, their replica blocks and aws_dynamodb_table_replica; DAX encryption at rest.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

variable "pitr" {
  type    = bool
  default = false
}

variable "table_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/dynamodb"
}

variable "dax_encrypted" {
  type    = bool
  default = false
}

resource "aws_kms_key" "table" {
  description = "tables"
}

resource "aws_kms_key" "eu" {
  provider    = aws.eu
  description = "eu replicas"
}

locals {
  later = aws_kms_key.table.arn != ""
  key   = aws_kms_key.table.arn
}

# No point-in-time recovery, AWS owned key (no server_side_encryption block).
resource "aws_dynamodb_table" "defaults" {
  name         = "defaults"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

# SSE on without a key: the AWS managed key alias/aws/dynamodb.
resource "aws_dynamodb_table" "aws_managed_key" {
  name         = "aws-managed-key"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "hardened_with_replica" {
  name             = "hardened-with-replica"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }
  replica {
    region_name            = "eu-west-1"
    kms_key_arn            = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    point_in_time_recovery = true
  }
}

# The table is fine; its replica block has neither PITR nor a key of its own.
resource "aws_dynamodb_table" "bare_replica_block" {
  name             = "bare-replica-block"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }
  replica {
    region_name = "us-west-2"
  }
}

resource "aws_dynamodb_table" "known_after_apply" {
  name         = "known-after-apply"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = local.later
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = local.key
  }
}

resource "aws_dynamodb_table" "from_variables" {
  name         = "from-variables"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = var.pitr
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.table_key
  }
}

module "table" {
  source = "./modules/table"
  pitr   = true
}

# A table replicated with aws_dynamodb_table_replica.
resource "aws_dynamodb_table" "global_base" {
  name             = "global-base"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }
  lifecycle {
    ignore_changes = [replica]
  }
}

resource "aws_dynamodb_table_replica" "hardened" {
  provider               = aws.eu
  global_table_arn       = aws_dynamodb_table.global_base.arn
  kms_key_arn            = aws_kms_key.eu.arn
  point_in_time_recovery = true
}

resource "aws_dynamodb_table_replica" "defaults" {
  provider         = aws.eu
  global_table_arn = aws_dynamodb_table.global_base.arn
}

# --- DAX ------------------------------------------------------------------------------------

resource "aws_dax_cluster" "defaults" {
  cluster_name       = "defaults"
  node_type          = "dax.t3.small"
  replication_factor = 1
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
}

resource "aws_dax_cluster" "encrypted" {
  cluster_name       = "encrypted"
  node_type          = "dax.t3.small"
  replication_factor = 1
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "known_after_apply" {
  cluster_name       = "known-after-apply"
  node_type          = "dax.t3.small"
  replication_factor = 1
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  server_side_encryption {
    enabled = local.later
  }
}

resource "aws_dax_cluster" "from_variable" {
  cluster_name       = "from-variable"
  node_type          = "dax.t3.small"
  replication_factor = 1
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  server_side_encryption {
    enabled = var.dax_encrypted
  }
}
