variable "public" {
  type = bool
}

resource "aws_dms_replication_instance" "this" {
  replication_instance_id    = "from-module"
  replication_instance_class = "dms.t3.micro"
  publicly_accessible        = var.public
}
