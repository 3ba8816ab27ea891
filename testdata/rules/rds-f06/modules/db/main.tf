variable "public" {
  type = bool
}

variable "days" {
  type = number
}

resource "aws_db_instance" "this" {
  identifier                  = "module-db"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  publicly_accessible         = var.public
  backup_retention_period     = var.days
}
