variable "key" {
  type = string
}

resource "aws_efs_file_system" "this" {
  encrypted  = true
  kms_key_id = var.key
}

resource "aws_efs_access_point" "this" {
  file_system_id = aws_efs_file_system.this.id
  root_directory {
    path = "/module"
  }
}
