# AWS-DDB-002 (opt): DynamoDB streams.
resource "aws_kms_key" "helper" {
  description = "ddb"
}

resource "aws_dynamodb_table" "pass_stream" {
  name             = "pass-stream"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "fail_no_stream" {
  name         = "fail-no-stream"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "unknown_stream" {
  name             = "unknown-stream"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = aws_kms_key.helper.arn != ""
  stream_view_type = "KEYS_ONLY"
  attribute {
    name = "id"
    type = "S"
  }
}
