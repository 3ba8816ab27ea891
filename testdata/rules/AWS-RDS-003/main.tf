# AWS-RDS-003: final snapshot identifiers that never change.
variable "final_name" {
  default = "orders-final"
}

resource "aws_kms_key" "helper" {
  description = "rds"
}

resource "aws_db_instance" "fail_literal_identifier" {
  identifier                  = "fail-literal"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "fail-literal-final"
}

resource "aws_db_instance" "fail_identifier_from_variable" {
  identifier                  = "fail-variable"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  final_snapshot_identifier   = var.final_name
}

resource "aws_db_instance" "pass_skip_final_snapshot" {
  identifier                  = "pass-skip"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_db_instance" "pass_identifier_changes" {
  identifier                  = "pass-changes"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  final_snapshot_identifier   = "final-${aws_kms_key.helper.key_id}"
}

resource "aws_db_instance" "unknown_skip_unknown" {
  identifier                  = "unknown-skip"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = aws_kms_key.helper.arn == ""
  final_snapshot_identifier   = "unknown-skip-final"
}
