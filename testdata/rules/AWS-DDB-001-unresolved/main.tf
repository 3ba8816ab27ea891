# AWS-DDB-001 when a target's resource_id cannot be followed (a local over an unknown name).
locals {
  id = "table/${aws_dynamodb_table.unknown_behind_local.arn}"
}

resource "aws_dynamodb_table" "unknown_behind_local" {
  name           = "unknown-behind-local"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "helper" {
  service_namespace  = "dynamodb"
  resource_id        = local.id
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}
