# Sensitive values equal to words every output writes anyway: `main` (a resource name, and the
# stem of this file's name), `error` and `high` (SARIF levels, GitHub commands, severities), a
# region, this file's name and a resource name. Each output must be what it is with nothing
# marked sensitive, except where the secret itself is shown (tests/redaction.rs).

provider "aws" {
  region = "us-east-1"
}

variable "snapshot_name" {
  type      = string
  sensitive = true
  default   = "high"
}

variable "branch" {
  type      = string
  sensitive = true
  default   = "main"
}

variable "level" {
  type      = string
  sensitive = true
  default   = "error"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "main" {
  name        = "redaction-main"
  description = var.level
  vpc_id      = aws_vpc.main.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "assets-redaction-fixture"
}

resource "aws_db_instance" "db" {
  identifier                  = "redaction-db"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = var.snapshot_name
}

# SecureString values: the provider marks `value` sensitive.
resource "aws_ssm_parameter" "word_main" {
  name  = "/redaction/word-main"
  type  = "SecureString"
  value = "main"
}

resource "aws_ssm_parameter" "word_error" {
  name  = "/redaction/word-error"
  type  = "SecureString"
  value = "error"
}

resource "aws_ssm_parameter" "word_high" {
  name  = "/redaction/word-high"
  type  = "SecureString"
  value = "high"
}

resource "aws_ssm_parameter" "region" {
  name  = "/redaction/region"
  type  = "SecureString"
  value = "us-east-1"
}

resource "aws_ssm_parameter" "file_name" {
  name  = "/redaction/file-name"
  type  = "SecureString"
  value = "main.tf"
}

resource "aws_ssm_parameter" "resource_name" {
  name  = "/redaction/resource-name"
  type  = "SecureString"
  value = "assets"
}

# A plain String from a sensitive variable: sensitive too.
resource "aws_ssm_parameter" "branch" {
  name  = "/redaction/branch"
  type  = "String"
  value = var.branch
}
