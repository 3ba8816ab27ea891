variable "key" {
  type = string
}

resource "aws_timestreamwrite_database" "this" {
  database_name = "module-metrics"
  kms_key_id    = var.key
}
