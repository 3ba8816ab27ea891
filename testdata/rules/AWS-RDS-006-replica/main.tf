# AWS-RDS-006: read replicas have their source's encryption.
variable "db_password" {
  type      = string
  sensitive = true
  default   = "fixture-password-not-secret"
}

resource "aws_kms_key" "helper" {
  description = "rds"
}

resource "aws_db_instance" "pass_source_encrypted" {
  identifier              = "pass-source-encrypted"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  username                = "app"
  password                = var.db_password
  storage_encrypted       = true
  backup_retention_period = 7
}

resource "aws_db_instance" "fail_source_plain" {
  identifier              = "fail-source-plain"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  username                = "app"
  password                = var.db_password
  backup_retention_period = 7
}

resource "aws_db_instance" "unknown_source_computed" {
  identifier              = "unknown-source-computed"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  username                = "app"
  password                = var.db_password
  backup_retention_period = 7
  storage_encrypted       = aws_kms_key.helper.arn != ""
}

resource "aws_db_instance" "pass_replica_of_encrypted" {
  identifier          = "pass-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.pass_source_encrypted.identifier
}

# By identifier only: matched by name in the same provider configuration.
resource "aws_db_instance" "pass_replica_by_identifier" {
  identifier          = "pass-replica-by-identifier"
  instance_class      = "db.t3.micro"
  replicate_source_db = "pass-source-encrypted"
}

resource "aws_db_instance" "fail_replica_of_plain" {
  identifier          = "fail-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.fail_source_plain.identifier
}

resource "aws_db_instance" "unknown_replica_of_unknown" {
  identifier          = "unknown-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.unknown_source_computed.identifier
}

resource "aws_db_instance" "unknown_replica_of_external" {
  identifier          = "unknown-replica-external"
  instance_class      = "db.t3.micro"
  replicate_source_db = "arn:aws:rds:us-east-1:111122223333:db:outside-the-plan"
}

# A replica inside a module, its source passed as a module argument.
module "replica" {
  source    = "./modules/replica"
  source_db = aws_db_instance.pass_source_encrypted.identifier
}
