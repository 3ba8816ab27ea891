variable "source_db" {
  type = string
}

resource "aws_db_instance" "pass_replica_in_module" {
  identifier          = "pass-replica-in-module"
  instance_class      = "db.t3.micro"
  replicate_source_db = var.source_db
}
