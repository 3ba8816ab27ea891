# AWS-TF-006: secret inputs and whether their variables are sensitive, through modules too.
# Reported on the variable, where the fix goes (expected.tsv); Unknown on the resource.
variable "plain_password" {
  default = "fixture-plain-password"
}

variable "secret_password" {
  sensitive = true
  default   = "fixture-secret-password"
}

locals {
  password = "pw-${aws_kms_key.helper.key_id}"
}

resource "aws_kms_key" "helper" {
  description = "tf006"
}

resource "aws_db_instance" "plain_variable" {
  identifier        = "tf006-plain"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.plain_password
}

resource "aws_db_instance" "sensitive_variable" {
  identifier        = "tf006-sensitive"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.secret_password
}

resource "aws_db_instance" "unknown_behind_local" {
  identifier        = "tf006-local"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = local.password
}

module "db" {
  source   = "./modules/db"
  password = var.plain_password
}

module "defaulted" {
  source = "./modules/defaulted"
}

# A secret document built from several values: only the variables named like secrets are
# judged (the database name and user feed it too, and are not secrets).
variable "app_db_name" {
  default = "orders"
}

variable "app_db_user" {
  default = "app"
}

variable "app_db_token" {
  default = "fixture-token"
}

resource "aws_secretsmanager_secret" "helper" {
  name = "tf006-app"
}

resource "aws_secretsmanager_secret_version" "helper" {
  secret_id = aws_secretsmanager_secret.helper.id
  secret_string = jsonencode({
    dbname   = var.app_db_name
    username = var.app_db_user
    token    = var.app_db_token
  })
}
