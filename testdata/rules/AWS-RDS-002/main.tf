# AWS-RDS-002: enhanced monitoring.
locals {
  interval = length(aws_kms_key.helper.arn) > 0 ? 60 : 0
}

resource "aws_kms_key" "helper" {
  description = "rds"
}

resource "aws_db_instance" "pass_monitoring" {
  identifier                  = "pass-monitoring"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  monitoring_interval         = 60
  monitoring_role_arn         = "arn:aws:iam::111122223333:role/rds-monitoring"
}

resource "aws_db_instance" "fail_default" {
  identifier                  = "fail-default"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "unknown_interval" {
  identifier                  = "unknown-interval"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  monitoring_interval         = local.interval
  monitoring_role_arn         = "arn:aws:iam::111122223333:role/rds-monitoring"
}
