variable "public" {
  type = bool
}

variable "pi_key" {
  type = string
}

variable "user" {
  type = string
}

# No DB subnet group: RDS places the instance in the default VPC.
resource "aws_db_instance" "this" {
  identifier                      = "module-db"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = var.user
  manage_master_user_password     = true
  publicly_accessible             = var.public
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.pi_key
}
