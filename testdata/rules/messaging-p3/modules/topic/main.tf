variable "key" {
  type = string
}

variable "retention" {
  type = number
}

resource "aws_sns_topic" "this" {
  name              = "module-topic"
  kms_master_key_id = var.key
}

resource "aws_kinesis_stream" "this" {
  name             = "module-stream"
  shard_count      = 1
  retention_period = var.retention
}
