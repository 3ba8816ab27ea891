variable "key" {
  type = string
}

resource "aws_ssm_parameter" "this" {
  name   = "/module/secret"
  type   = "SecureString"
  value  = "correct-horse-battery"
  key_id = var.key
}
