# AWS-NAME-001: names the provider accepts at plan time but AWS rejects at apply.
locals {
  computed = "data-${aws_kms_key.helper.key_id}"
}

resource "aws_kms_key" "helper" {
  description = "names"
}

resource "aws_db_instance" "fail_identifier_too_long" {
  identifier                  = "online-education-platform-primary-database-instance-for-production-use"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "pass_identifier" {
  identifier                  = "orders-db"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_s3_bucket" "fail_bucket_upper_case_and_underscore" {
  bucket = "online-education-platform-Data_prod"
}

resource "aws_s3_bucket" "pass_bucket" {
  bucket = "online-education-platform-data-prod"
}

resource "aws_s3_bucket" "unknown_bucket_computed" {
  bucket = local.computed
}
