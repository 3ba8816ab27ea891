variable "group_name" {
  type = string
}

resource "aws_db_instance" "pass_module_by_variable" {
  identifier                  = "pass-module-by-variable"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = var.group_name
  skip_final_snapshot         = true
}
