variable "kms_key_id" {
  type = string
}

# The key is the caller's: an AWS managed alias through the module argument.
resource "aws_secretsmanager_secret" "fail_key_from_caller" {
  name_prefix = "module-"
  kms_key_id  = var.kms_key_id
}
