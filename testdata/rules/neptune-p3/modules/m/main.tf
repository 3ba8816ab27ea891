variable "public" {
  type = bool
}

variable "retention" {
  type = number
}

resource "aws_neptune_cluster" "this" {
  cluster_identifier      = "module-graph"
  backup_retention_period = var.retention
  copy_tags_to_snapshot   = true
  deletion_protection     = false
}

resource "aws_neptune_cluster_instance" "this" {
  cluster_identifier  = aws_neptune_cluster.this.id
  instance_class      = "db.r6g.large"
  publicly_accessible = var.public
}
