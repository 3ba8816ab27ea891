# The secret comes from this module variable's default: the fix goes here.
variable "password" {
  type    = string
  default = "fixture-module-default-password"
}

resource "aws_db_instance" "db" {
  identifier        = "tf006-defaulted"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.password
}
