# DMS P3 fixtures: AWS-DMS-003..006.
variable "multi_az" {
  type    = bool
  default = true
}

resource "aws_kms_key" "helper" {
  description = "dms"
}

resource "aws_kms_key" "other" {
  description = "dms other"
}

resource "aws_dms_replication_instance" "defaults" {
  replication_instance_id    = "defaults"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "hardened" {
  replication_instance_id    = "hardened"
  replication_instance_class = "dms.t3.medium"
  kms_key_arn                = aws_kms_key.helper.arn
  auto_minor_version_upgrade = true
  multi_az                   = var.multi_az
}

resource "aws_dms_replication_instance" "unknowns" {
  replication_instance_id    = "unknowns"
  replication_instance_class = "dms.t3.medium"
  kms_key_arn                = aws_kms_key.helper.description != "" ? aws_kms_key.helper.arn : aws_kms_key.other.arn
  auto_minor_version_upgrade = aws_kms_key.helper.arn != aws_kms_key.other.arn
  multi_az                   = aws_kms_key.helper.arn != aws_kms_key.other.arn
}

module "instance" {
  source   = "./modules/instance"
  multi_az = false
}

resource "aws_dms_endpoint" "mongodb_no_auth" {
  endpoint_id   = "mongodb-no-auth"
  endpoint_type = "source"
  engine_name   = "mongodb"
  server_name   = "mongo.example.com"
  port          = 27017
  database_name = "app"
  kms_key_arn   = "arn:aws:kms:us-east-1:123456789012:alias/aws/dms"
  mongodb_settings {
    auth_type = "no"
  }
}

resource "aws_dms_endpoint" "mongodb_default" {
  endpoint_id   = "mongodb-default"
  endpoint_type = "source"
  engine_name   = "mongodb"
  server_name   = "mongo.example.com"
  port          = 27017
  database_name = "app"
  username      = "dms"
  password      = "not-a-real-password"
  kms_key_arn   = aws_kms_key.helper.arn
  mongodb_settings {
    auth_source = "admin"
  }
}

resource "aws_dms_endpoint" "mongodb_unknown" {
  endpoint_id   = "mongodb-unknown"
  endpoint_type = "source"
  engine_name   = "mongodb"
  server_name   = "mongo.example.com"
  port          = 27017
  database_name = "app"
  mongodb_settings {
    auth_type = aws_kms_key.helper.arn != aws_kms_key.other.arn ? "password" : "no"
  }
}

resource "aws_dms_endpoint" "postgres" {
  endpoint_id   = "postgres"
  endpoint_type = "target"
  engine_name   = "postgres"
  server_name   = "db.example.com"
  port          = 5432
  database_name = "app"
  username      = "dms"
  password      = "not-a-real-password"
}

resource "aws_dms_s3_endpoint" "plain" {
  endpoint_id             = "plain"
  endpoint_type           = "target"
  bucket_name             = "dms-p3-target"
  service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
}

resource "aws_dms_s3_endpoint" "with_key" {
  endpoint_id             = "with-key"
  endpoint_type           = "target"
  bucket_name             = "dms-p3-target"
  service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
  kms_key_arn             = aws_kms_key.helper.arn
}

resource "aws_dms_replication_task" "no_settings" {
  replication_task_id      = "no-settings"
  migration_type           = "full-load"
  replication_instance_arn = aws_dms_replication_instance.hardened.replication_instance_arn
  source_endpoint_arn      = aws_dms_endpoint.mongodb_default.endpoint_arn
  target_endpoint_arn      = aws_dms_s3_endpoint.with_key.endpoint_arn
  table_mappings           = jsonencode({ rules = [{ "rule-type" = "selection", "rule-id" = "1", "rule-name" = "1", "object-locator" = { "schema-name" = "%", "table-name" = "%" }, "rule-action" = "include" }] })
}

resource "aws_dms_replication_task" "logging_on" {
  replication_task_id       = "logging-on"
  migration_type            = "full-load"
  replication_instance_arn  = aws_dms_replication_instance.hardened.replication_instance_arn
  source_endpoint_arn       = aws_dms_endpoint.mongodb_default.endpoint_arn
  target_endpoint_arn       = aws_dms_s3_endpoint.with_key.endpoint_arn
  table_mappings            = jsonencode({ rules = [{ "rule-type" = "selection", "rule-id" = "1", "rule-name" = "1", "object-locator" = { "schema-name" = "%", "table-name" = "%" }, "rule-action" = "include" }] })
  replication_task_settings = jsonencode({ Logging = { EnableLogging = true } })
}

resource "aws_dms_replication_task" "low_severity" {
  replication_task_id       = "low-severity"
  migration_type            = "full-load"
  replication_instance_arn  = aws_dms_replication_instance.hardened.replication_instance_arn
  source_endpoint_arn       = aws_dms_endpoint.mongodb_default.endpoint_arn
  target_endpoint_arn       = aws_dms_s3_endpoint.with_key.endpoint_arn
  table_mappings            = jsonencode({ rules = [{ "rule-type" = "selection", "rule-id" = "1", "rule-name" = "1", "object-locator" = { "schema-name" = "%", "table-name" = "%" }, "rule-action" = "include" }] })
  replication_task_settings = jsonencode({ Logging = { EnableLogging = true, LogComponents = [{ Id = "TARGET_APPLY", Severity = "LOGGER_SEVERITY_WARNING" }] } })
}

resource "aws_dms_replication_task" "logging_unknown" {
  replication_task_id       = "logging-unknown"
  migration_type            = "full-load"
  replication_instance_arn  = aws_dms_replication_instance.hardened.replication_instance_arn
  source_endpoint_arn       = aws_dms_endpoint.mongodb_default.endpoint_arn
  target_endpoint_arn       = aws_dms_s3_endpoint.with_key.endpoint_arn
  table_mappings            = jsonencode({ rules = [{ "rule-type" = "selection", "rule-id" = "1", "rule-name" = "1", "object-locator" = { "schema-name" = "%", "table-name" = "%" }, "rule-action" = "include" }] })
  replication_task_settings = jsonencode({ Logging = { EnableLogging = aws_kms_key.helper.arn != aws_kms_key.other.arn } })
}
