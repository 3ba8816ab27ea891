# AWS-RDS-006: storage encryption, literal, defaulted, from a variable, and unknown.
variable "encrypt" {
  type    = bool
  default = false
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "fixture-password-not-secret"
}

resource "aws_kms_key" "helper" {
  description = "rds"
}

resource "aws_db_instance" "pass_encrypted" {
  identifier        = "pass-encrypted"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
  storage_encrypted = true
  kms_key_id        = aws_kms_key.helper.arn
}

resource "aws_db_instance" "fail_default" {
  identifier        = "fail-default"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
}

resource "aws_db_instance" "fail_from_variable" {
  identifier        = "fail-from-variable"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
  storage_encrypted = var.encrypt
}

resource "aws_db_instance" "unknown_computed" {
  identifier        = "unknown-computed"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
  storage_encrypted = aws_kms_key.helper.arn != ""
}
