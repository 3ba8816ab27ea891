# F13 P3 customer KMS keys of other services (AWS-MISC-001): Bedrock agents, Kendra indexes,
# Keyspaces tables, EventBridge Scheduler schedules, Timestream databases.
variable "key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/timestream"
}

resource "aws_kms_key" "data" {
  description = "data"
}

locals {
  later = aws_kms_key.data.arn != ""
}

resource "aws_timestreamwrite_database" "default_key" {
  database_name = "default-key"
}

resource "aws_timestreamwrite_database" "customer_key" {
  database_name = "customer-key"
  kms_key_id    = aws_kms_key.data.arn
}

resource "aws_timestreamwrite_database" "known_after_apply" {
  database_name = "later"
  kms_key_id    = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : "alias/aws/timestream"
}

module "metrics" {
  source = "./modules/m"
  key    = var.key
}

resource "aws_keyspaces_table" "default_key" {
  keyspace_name = "app"
  table_name    = "events"
  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }
}

resource "aws_keyspaces_table" "customer_key" {
  keyspace_name = "app"
  table_name    = "secure_events"
  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }
  encryption_specification {
    type               = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_identifier = aws_kms_key.data.arn
  }
}

resource "aws_scheduler_schedule" "default_key" {
  name                = "default-key"
  schedule_expression = "rate(1 hour)"
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = "arn:aws:sqs:us-east-1:111122223333:jobs"
    role_arn = "arn:aws:iam::111122223333:role/scheduler"
  }
}

resource "aws_scheduler_schedule" "customer_key" {
  name                = "customer-key"
  schedule_expression = "rate(1 hour)"
  kms_key_arn         = aws_kms_key.data.arn
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = "arn:aws:sqs:us-east-1:111122223333:jobs"
    role_arn = "arn:aws:iam::111122223333:role/scheduler"
  }
}

resource "aws_kendra_index" "default_key" {
  name     = "default-key"
  role_arn = "arn:aws:iam::111122223333:role/kendra"
}

resource "aws_bedrockagent_agent" "customer_key" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/bedrock-agent"
  foundation_model            = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_key.data.arn
}
