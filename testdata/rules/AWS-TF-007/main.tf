# AWS-TF-007 (opt): environment flags written as literals.
variable "production" {
  default = false
}

resource "aws_db_instance" "fail_literal_skip" {
  identifier                  = "tf007-literal"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_db_instance" "pass_from_variable" {
  identifier                  = "tf007-variable"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = !var.production
  deletion_protection         = var.production
}
