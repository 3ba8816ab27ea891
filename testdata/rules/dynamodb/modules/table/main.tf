variable "pitr" {
  type = bool
}

resource "aws_dynamodb_table" "this" {
  name         = "module-table"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = var.pitr
  }
}
