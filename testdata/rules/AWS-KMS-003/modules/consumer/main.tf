variable "key" {
  type = string
}

resource "aws_secretsmanager_secret" "this" {
  name_prefix = "kms003-"
  kms_key_id  = var.key
}
