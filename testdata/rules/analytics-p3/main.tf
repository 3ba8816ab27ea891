# F09/F12 P3 fixtures: Athena (ATH-003/004), EMR (EMR-004..006), Glue (GLUE-001..005),
# MWAA (MWAA-001/002), Bedrock (BDR-001), DataSync (DS-001/002), Batch (BATCH-001).
variable "enforce" {
  type    = bool
  default = false
}

variable "access_mode" {
  type    = string
  default = "PRIVATE_ONLY"
}

locals {
  role = "arn:aws:iam::123456789012:role/analytics"
}

resource "aws_kms_key" "helper" {
  description = "analytics"
}

resource "aws_s3_bucket" "data" {
  bucket = "analytics-p3-data"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_cloudwatch_log_group" "logs" {
  name = "/analytics/p3"
}

# --- Athena ---
resource "aws_athena_workgroup" "defaults" {
  name = "defaults"
}

resource "aws_athena_workgroup" "not_enforced" {
  name = "not-enforced"
  configuration {
    enforce_workgroup_configuration    = var.enforce
    publish_cloudwatch_metrics_enabled = false
  }
}

resource "aws_athena_workgroup" "explicit" {
  name = "explicit"
  configuration {
    enforce_workgroup_configuration    = true
    publish_cloudwatch_metrics_enabled = true
  }
}

resource "aws_athena_workgroup" "unknowns" {
  name = "unknowns"
  configuration {
    enforce_workgroup_configuration    = aws_s3_bucket.data.arn != aws_kms_key.helper.arn
    publish_cloudwatch_metrics_enabled = aws_s3_bucket.data.arn != aws_kms_key.helper.arn
  }
}

# --- EMR ---
resource "aws_emr_block_public_access_configuration" "off" {
  block_public_security_group_rules = false
}

resource "aws_emr_block_public_access_configuration" "on" {
  block_public_security_group_rules = true
  permitted_public_security_group_rule_range {
    min_range = 22
    max_range = 22
  }
}

resource "aws_emr_block_public_access_configuration" "unknown" {
  block_public_security_group_rules = aws_s3_bucket.data.arn != aws_kms_key.helper.arn
}

resource "aws_emr_security_configuration" "main" {
  name          = "main"
  configuration = jsonencode({ EncryptionConfiguration = { EnableAtRestEncryption = false, EnableInTransitEncryption = false } })
}

resource "aws_emr_cluster" "defaults" {
  name          = "defaults"
  release_label = "emr-7.1.0"
  service_role  = local.role
  ec2_attributes {
    instance_profile = local.role
  }
  master_instance_group {
    instance_type = "m5.xlarge"
  }
}

resource "aws_emr_cluster" "configured" {
  name                   = "configured"
  release_label          = "emr-7.1.0"
  service_role           = local.role
  security_configuration = aws_emr_security_configuration.main.name
  ec2_attributes {
    instance_profile = local.role
    subnet_id        = aws_subnet.a.id
  }
  master_instance_group {
    instance_type = "m5.xlarge"
  }
}

resource "aws_emr_cluster" "subnet_ids" {
  name                   = "subnet-ids"
  release_label          = "emr-7.1.0"
  service_role           = local.role
  security_configuration = "existing-config"
  ec2_attributes {
    instance_profile = local.role
    subnet_ids       = ["subnet-0123456789abcdef0"]
  }
  master_instance_group {
    instance_type = "m5.xlarge"
  }
}

resource "aws_emr_cluster" "unknowns" {
  name                   = "unknowns"
  release_label          = "emr-7.1.0"
  service_role           = local.role
  security_configuration = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "existing-config" : ""
  ec2_attributes {
    instance_profile = local.role
    subnet_id        = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? aws_subnet.a.id : aws_subnet.b.id
  }
  master_instance_group {
    instance_type = "m5.xlarge"
  }
}

# --- Glue ---
resource "aws_glue_data_catalog_encryption_settings" "disabled" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }
    encryption_at_rest {
      catalog_encryption_mode = "DISABLED"
    }
  }
}

resource "aws_glue_data_catalog_encryption_settings" "encrypted" {
  catalog_id = "123456789012"
  data_catalog_encryption_settings {
    connection_password_encryption {
      aws_kms_key_id                       = aws_kms_key.helper.arn
      return_connection_password_encrypted = true
    }
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.helper.arn
    }
  }
}

resource "aws_glue_data_catalog_encryption_settings" "mode_unknown" {
  catalog_id = "210987654321"
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
    }
    encryption_at_rest {
      catalog_encryption_mode = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "SSE-KMS" : "DISABLED"
      sse_aws_kms_key_id      = aws_kms_key.helper.arn
    }
  }
}

resource "aws_glue_security_configuration" "defaults" {
  name = "defaults"
  encryption_configuration {
    cloudwatch_encryption {}
    job_bookmarks_encryption {}
    s3_encryption {}
  }
}

resource "aws_glue_security_configuration" "partial" {
  name = "partial"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.helper.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "DISABLED"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}

resource "aws_glue_security_configuration" "full" {
  name = "full"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.helper.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.helper.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.helper.arn
    }
  }
}

resource "aws_glue_security_configuration" "mode_unknown" {
  name = "mode-unknown"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "SSE-KMS" : "DISABLED"
      kms_key_arn                = aws_kms_key.helper.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.helper.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.helper.arn
    }
  }
}

resource "aws_glue_resource_policy" "public" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "glue:GetTable", Resource = "arn:aws:glue:us-east-1:123456789012:*" }]
  })
}

resource "aws_glue_resource_policy" "org_only" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "glue:GetTable"
      Resource  = "arn:aws:glue:us-east-1:123456789012:*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}

resource "aws_glue_resource_policy" "principal_unknown" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_s3_bucket.data.arn }, Action = "glue:GetTable", Resource = "*" }]
  })
}

resource "aws_glue_crawler" "plain" {
  name          = "plain"
  database_name = "db"
  role          = local.role
  s3_target {
    path = "s3://analytics-p3-data/raw"
  }
}

resource "aws_glue_crawler" "secured" {
  name                   = "secured"
  database_name          = "db"
  role                   = local.role
  security_configuration = aws_glue_security_configuration.full.name
  s3_target {
    path = "s3://analytics-p3-data/raw"
  }
}

resource "aws_glue_job" "defaults" {
  name     = "defaults"
  role_arn = local.role
  command {
    script_location = "s3://analytics-p3-data/etl.py"
  }
}

resource "aws_glue_job" "old_version" {
  name                   = "old-version"
  role_arn               = local.role
  glue_version           = "2.0"
  security_configuration = "full"
  command {
    name            = "glueetl"
    script_location = "s3://analytics-p3-data/etl.py"
  }
}

resource "aws_glue_job" "python_shell" {
  name         = "python-shell"
  role_arn     = local.role
  glue_version = "1.0"
  command {
    name            = "pythonshell"
    python_version  = "3"
    script_location = "s3://analytics-p3-data/shell.py"
  }
}

resource "aws_glue_job" "unknowns" {
  name                   = "unknowns"
  role_arn               = local.role
  glue_version           = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "4.0" : "2.0"
  security_configuration = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "full" : ""
  command {
    name            = "gluestreaming"
    script_location = "s3://analytics-p3-data/stream.py"
  }
}

module "glue" {
  source                 = "./modules/glue"
  role_arn               = local.role
  glue_version           = "5.0"
  security_configuration = aws_glue_security_configuration.full.name
}

resource "aws_glue_dev_endpoint" "plain" {
  name     = "plain"
  role_arn = local.role
}

# --- MWAA ---
resource "aws_mwaa_environment" "defaults" {
  name               = "defaults"
  dag_s3_path        = "dags/"
  execution_role_arn = local.role
  source_bucket_arn  = aws_s3_bucket.data.arn
  network_configuration {
    security_group_ids = [aws_vpc.main.default_security_group_id]
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
  }
}

resource "aws_mwaa_environment" "public_partial_logs" {
  name                  = "public-partial-logs"
  dag_s3_path           = "dags/"
  execution_role_arn    = local.role
  source_bucket_arn     = aws_s3_bucket.data.arn
  webserver_access_mode = "PUBLIC_ONLY"
  network_configuration {
    security_group_ids = [aws_vpc.main.default_security_group_id]
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
  }
  logging_configuration {
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled = false
    }
    worker_logs {
      enabled = false
    }
  }
}

resource "aws_mwaa_environment" "private_logged" {
  name                  = "private-logged"
  dag_s3_path           = "dags/"
  execution_role_arn    = local.role
  source_bucket_arn     = aws_s3_bucket.data.arn
  webserver_access_mode = var.access_mode
  network_configuration {
    security_group_ids = [aws_vpc.main.default_security_group_id]
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
  }
  logging_configuration {
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
    worker_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "unknowns" {
  name                  = "unknowns"
  dag_s3_path           = "dags/"
  execution_role_arn    = local.role
  source_bucket_arn     = aws_s3_bucket.data.arn
  webserver_access_mode = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "PRIVATE_ONLY" : "PUBLIC_ONLY"
  network_configuration {
    security_group_ids = [aws_vpc.main.default_security_group_id]
    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
  }
  logging_configuration {
    scheduler_logs {
      enabled   = aws_s3_bucket.data.arn != aws_kms_key.helper.arn
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
    worker_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

# --- Bedrock ---
resource "aws_bedrockagent_agent" "no_guardrail" {
  agent_name              = "no-guardrail"
  agent_resource_role_arn = local.role
  foundation_model        = "anthropic.claude-v2"
}

resource "aws_bedrockagent_agent" "guarded" {
  agent_name              = "guarded"
  agent_resource_role_arn = local.role
  foundation_model        = "anthropic.claude-v2"
  guardrail_configuration {
    guardrail_identifier = "gr-0123456789"
    guardrail_version    = "1"
  }
}

resource "aws_bedrockagent_agent" "guardrail_unknown" {
  agent_name              = "guardrail-unknown"
  agent_resource_role_arn = local.role
  foundation_model        = "anthropic.claude-v2"
  guardrail_configuration {
    guardrail_identifier = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "gr-0123456789" : ""
    guardrail_version    = "1"
  }
}

# --- DataSync ---
resource "aws_datasync_location_object_storage" "with_secret" {
  agent_arns      = ["arn:aws:datasync:us-east-1:123456789012:agent/agent-0123456789abcdef0"]
  server_hostname = "storage.example.com"
  bucket_name     = "archive"
  access_key      = "archive-reader"
  secret_key      = "not-a-real-secret-value"
}

resource "aws_datasync_location_object_storage" "no_secret" {
  agent_arns      = ["arn:aws:datasync:us-east-1:123456789012:agent/agent-0123456789abcdef0"]
  server_hostname = "storage.example.com"
  bucket_name     = "public-mirror"
}

resource "aws_datasync_location_object_storage" "secret_unknown" {
  agent_arns      = ["arn:aws:datasync:us-east-1:123456789012:agent/agent-0123456789abcdef0"]
  server_hostname = "storage.example.com"
  bucket_name     = "archive-2"
  access_key      = "archive-reader"
  secret_key      = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? "" : "fallback"
}

resource "aws_datasync_task" "no_logging" {
  name                     = "no-logging"
  source_location_arn      = aws_datasync_location_object_storage.no_secret.arn
  destination_location_arn = aws_datasync_location_object_storage.with_secret.arn
}

resource "aws_datasync_task" "logged" {
  name                     = "logged"
  source_location_arn      = aws_datasync_location_object_storage.no_secret.arn
  destination_location_arn = aws_datasync_location_object_storage.with_secret.arn
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.logs.arn
}

resource "aws_datasync_task" "logging_unknown" {
  name                     = "logging-unknown"
  source_location_arn      = aws_datasync_location_object_storage.no_secret.arn
  destination_location_arn = aws_datasync_location_object_storage.with_secret.arn
  cloudwatch_log_group_arn = aws_s3_bucket.data.arn != aws_kms_key.helper.arn ? aws_cloudwatch_log_group.logs.arn : ""
}

# --- Batch ---
resource "aws_batch_job_definition" "privileged" {
  name = "privileged"
  type = "container"
  container_properties = jsonencode({
    image                = "busybox"
    command              = ["echo", "hi"]
    privileged           = true
    resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
  })
}

resource "aws_batch_job_definition" "plain" {
  name = "plain"
  type = "container"
  container_properties = jsonencode({
    image                = "busybox"
    command              = ["echo", "hi"]
    resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
  })
}

resource "aws_batch_job_definition" "privileged_unknown" {
  name = "privileged-unknown"
  type = "container"
  container_properties = jsonencode({
    image                = "busybox"
    command              = ["echo", "hi"]
    privileged           = aws_s3_bucket.data.arn != aws_kms_key.helper.arn
    resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
  })
}
