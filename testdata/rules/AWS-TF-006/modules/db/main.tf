variable "password" {
  type      = string
  sensitive = true
}

# Sensitive in the module, but the root variable it comes from is not.
resource "aws_db_instance" "db" {
  identifier        = "tf006-module"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.password
}
