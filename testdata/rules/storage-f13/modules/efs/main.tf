variable "encrypted" {
  type = bool
}

resource "aws_efs_file_system" "this" {
  creation_token = "from-module"
  encrypted      = var.encrypted
}
