# AWS-DDB-001: provisioned tables and their auto scaling targets.

resource "aws_dynamodb_table" "pass_autoscaled" {
  name           = "pass-autoscaled"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "helper_read" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.pass_autoscaled.name}"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}

resource "aws_appautoscaling_target" "helper_write" {
  service_namespace  = "dynamodb"
  resource_id        = "table/pass-autoscaled"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}

resource "aws_dynamodb_table" "fail_no_autoscaling" {
  name           = "fail-no-autoscaling"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "fail_only_read" {
  name           = "fail-only-read"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "helper_only_read" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.fail_only_read.name}"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}

resource "aws_dynamodb_table" "pass_on_demand" {
  name         = "pass-on-demand"
  hash_key     = "id"
  billing_mode = "PAY_PER_REQUEST"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "pass_scaled_in_module" {
  name           = "pass-scaled-in-module"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5
  attribute {
    name = "id"
    type = "S"
  }
}

module "scaling" {
  source = "./modules/scaling"
  table  = aws_dynamodb_table.pass_scaled_in_module.name
}
