variable "tags" {
  type = bool
}

resource "aws_fsx_openzfs_file_system" "this" {
  storage_capacity     = 64
  subnet_ids           = ["subnet-0123456789abcdef0"]
  deployment_type      = "SINGLE_AZ_1"
  throughput_capacity  = 64
  copy_tags_to_backups = true
  copy_tags_to_volumes = var.tags
}
