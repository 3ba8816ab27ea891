variable "multi_az" {
  type = bool
}

resource "aws_dms_replication_instance" "this" {
  replication_instance_id    = "module"
  replication_instance_class = "dms.t3.medium"
  multi_az                   = var.multi_az
  auto_minor_version_upgrade = false
}
