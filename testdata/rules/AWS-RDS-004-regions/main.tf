# AWS-RDS-004, soundness: a reference beats a name, names match within one provider
# configuration (two parameter groups named "pg", one per region), and what the plan knows
# (a conditional whose result is null) beats what the configuration references.

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

variable "tls" {
  type    = bool
  default = false
}

variable "tls_on" {
  type    = bool
  default = true
}

variable "group_name" {
  type    = string
  default = "pg"
}

resource "aws_db_parameter_group" "us" {
  name   = "pg"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_parameter_group" "eu" {
  provider = aws.eu
  name     = "pg"
  family   = "postgres14"
}

resource "aws_db_parameter_group" "prefixed" {
  name_prefix = "pg-"
  family      = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_instance" "pass_us_by_name" {
  identifier                  = "pass-us-by-name"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = "pg"
  skip_final_snapshot         = true
}

resource "aws_db_instance" "fail_eu_by_name" {
  provider                    = aws.eu
  identifier                  = "fail-eu-by-name"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = "pg"
  skip_final_snapshot         = true
}

resource "aws_db_instance" "fail_eu_by_reference" {
  provider                    = aws.eu
  identifier                  = "fail-eu-by-reference"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = aws_db_parameter_group.eu.name
  skip_final_snapshot         = true
}

# The name comes from a variable, in the module's own provider configuration (us-east-1).
module "db" {
  source     = "./modules/db"
  group_name = var.group_name
}

# The plan knows the result: the default group, not the referenced one (PostgreSQL 14 does
# not force TLS by default).
resource "aws_db_instance" "fail_conditional_known" {
  identifier                  = "fail-conditional-known"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = var.tls ? aws_db_parameter_group.us.name : "default.postgres14"
  skip_final_snapshot         = true
}

# parameter_group_name is Optional+Computed: a null result is unknown in the plan, and which
# operand the expression takes is not shown.
resource "aws_db_instance" "unknown_conditional_null" {
  identifier                  = "unknown-conditional-null"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = var.tls ? aws_db_parameter_group.prefixed.name : null
  skip_final_snapshot         = true
}

# Unknown in the plan, and which operand it takes is not shown.
resource "aws_db_instance" "unknown_conditional" {
  identifier                  = "unknown-conditional"
  engine                      = "postgres"
  engine_version              = "14.12"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  parameter_group_name        = var.tls_on ? aws_db_parameter_group.prefixed.name : "default.postgres14"
  skip_final_snapshot         = true
}
