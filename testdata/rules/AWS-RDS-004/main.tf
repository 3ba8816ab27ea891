# AWS-RDS-004: TLS enforcement through parameter groups, by reference and by known name.
locals {
  group = aws_db_parameter_group.mysql_tls.id
}

resource "aws_db_parameter_group" "mysql_tls" {
  name   = "fixture-mysql-tls"
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_db_parameter_group" "mysql_plain" {
  name   = "fixture-mysql-plain"
  family = "mysql8.0"
  parameter {
    name  = "max_connections"
    value = "200"
  }
}

resource "aws_db_parameter_group" "postgres14_force" {
  name   = "fixture-pg14-force"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_instance" "pass_mysql_tls_group" {
  identifier                  = "pass-mysql-tls-group"
  engine                      = "mysql"
  engine_version              = "8.0.35"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.mysql_tls.name
}

resource "aws_db_instance" "pass_group_by_known_name" {
  identifier                  = "pass-group-by-known-name"
  engine                      = "mysql"
  engine_version              = "8.0.35"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = "fixture-mysql-tls"
}

resource "aws_db_instance" "fail_mysql_plain_group" {
  identifier                  = "fail-mysql-plain-group"
  engine                      = "mysql"
  engine_version              = "8.0.35"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.mysql_plain.name
}

resource "aws_db_instance" "fail_mysql_default_group" {
  identifier                  = "fail-mysql-default-group"
  engine                      = "mysql"
  engine_version              = "8.0.35"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "pass_postgres14_force_ssl" {
  identifier                  = "pass-postgres14-force-ssl"
  engine                      = "postgres"
  engine_version              = "14.10"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.postgres14_force.name
}

resource "aws_db_instance" "fail_postgres14_default_group" {
  identifier                  = "fail-postgres14-default-group"
  engine                      = "postgres"
  engine_version              = "14.10"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "pass_postgres16_default_group" {
  identifier                  = "pass-postgres16-default-group"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "unknown_group_behind_local" {
  identifier                  = "unknown-group-behind-local"
  engine                      = "mysql"
  engine_version              = "8.0.35"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = local.group
}
