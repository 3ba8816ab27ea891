# AWS-RDS-005: log exports, and the MySQL slow query log.
locals {
  exports = length(aws_db_parameter_group.mysql_slow.arn) > 0 ? ["postgresql"] : []
}

resource "aws_db_parameter_group" "mysql_slow" {
  name   = "fixture-mysql-slow"
  family = "mysql8.0"
  parameter {
    name  = "slow_query_log"
    value = "1"
  }
}

resource "aws_db_parameter_group" "mysql_quiet" {
  name   = "fixture-mysql-quiet"
  family = "mysql8.0"
}

resource "aws_db_instance" "pass_mysql_exports_and_slow_log" {
  identifier                      = "pass-mysql-exports-and-slow-log"
  engine                          = "mysql"
  engine_version                  = "8.0.35"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  parameter_group_name            = aws_db_parameter_group.mysql_slow.name
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}

resource "aws_db_instance" "fail_mysql_without_slow_log" {
  identifier                      = "fail-mysql-without-slow-log"
  engine                          = "mysql"
  engine_version                  = "8.0.35"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  parameter_group_name            = aws_db_parameter_group.mysql_quiet.name
  enabled_cloudwatch_logs_exports = ["error"]
}

resource "aws_db_instance" "fail_postgres_no_exports" {
  identifier                  = "fail-postgres-no-exports"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "pass_postgres_exports" {
  identifier                      = "pass-postgres-exports"
  engine                          = "postgres"
  engine_version                  = "16.3"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "unknown_exports_unknown" {
  identifier                      = "unknown-exports-unknown"
  engine                          = "postgres"
  engine_version                  = "16.3"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = local.exports
}

variable "pg_exports" {
  type    = list(string)
  default = ["upgrade"]
}

# Exports only the upgrade log: the PostgreSQL log itself stays on the instance.
resource "aws_db_instance" "fail_postgres_upgrade_log_only" {
  identifier                      = "fail-postgres-upgrade-only"
  engine                          = "postgres"
  engine_version                  = "16.3"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.pg_exports
}

resource "aws_db_parameter_group" "mysql_slow_to_table" {
  name   = "mysql-slow-to-table"
  family = "mysql8.0"
  parameter {
    name  = "slow_query_log"
    value = "1"
  }
  parameter {
    name  = "log_output"
    value = "TABLE"
  }
}

# The slow query log goes to a table: nothing of it reaches CloudWatch.
resource "aws_db_instance" "fail_mysql_log_output_table" {
  identifier                      = "fail-mysql-log-output-table"
  engine                          = "mysql"
  engine_version                  = "8.0.35"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  parameter_group_name            = aws_db_parameter_group.mysql_slow_to_table.name
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}
