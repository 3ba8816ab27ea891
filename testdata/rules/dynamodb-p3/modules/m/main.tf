variable "protection" {
  type = bool
}

resource "aws_dynamodb_table" "this" {
  name                        = "module-table"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = var.protection
  attribute {
    name = "id"
    type = "S"
  }
}
