# F14 P3 rules: SNS (AWS-SNS-004/005), SQS (AWS-SQS-004), MQ (AWS-MQ-004/005),
# Kinesis (AWS-KIN-003/004), MSK (AWS-MSK-005/006/007), SES (AWS-SES-001/002).
variable "sns_key" {
  type    = string
  default = "alias/aws/sns"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_kms_key" "cmk" {
  description = "fixture"
}

resource "aws_iam_role" "logs" {
  name = "sns-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# ---- SNS
resource "aws_sns_topic" "cmk_logged" {
  name                          = "cmk-logged"
  kms_master_key_id             = aws_kms_key.cmk.arn
  sqs_failure_feedback_role_arn = aws_iam_role.logs.arn
}

resource "aws_sns_topic" "aws_managed" {
  name              = "aws-managed"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "unencrypted" {
  name = "unencrypted"
}

resource "aws_sns_topic" "key_from_var" {
  name              = "key-from-var"
  kms_master_key_id = var.sns_key
}

resource "aws_sns_topic" "unknown_at_apply" {
  name                             = "unknown-at-apply"
  kms_master_key_id                = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "alias/aws/sns"
  lambda_success_feedback_role_arn = aws_eip.helper.public_ip != "" ? aws_iam_role.logs.arn : null
}

module "topic" {
  source    = "./modules/topic"
  key       = "alias/aws/sns"
  retention = 168
}

# ---- SQS
resource "aws_sqs_queue" "cmk" {
  name              = "cmk"
  kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/0123abcd-0123-4567-89ab-0123456789ab"
}

resource "aws_sqs_queue" "sse_sqs_default" {
  name = "sse-sqs-default"
}

resource "aws_sqs_queue" "aws_managed" {
  name              = "aws-managed"
  kms_master_key_id = "alias/aws/sqs"
}

resource "aws_sqs_queue" "unknown_at_apply" {
  name              = "unknown-at-apply"
  kms_master_key_id = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "alias/aws/sqs"
}

# ---- Amazon MQ
resource "aws_mq_broker" "cmk_upgrading" {
  broker_name                = "cmk-upgrading"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.t3.micro"
  auto_minor_version_upgrade = true
  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = aws_kms_key.cmk.arn
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "defaults" {
  broker_name        = "defaults"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "aws_managed_mq_key" {
  broker_name        = "aws-managed-mq-key"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  encryption_options {
    use_aws_owned_key = false
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "unknown_at_apply" {
  broker_name                = "unknown-at-apply"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.t3.micro"
  auto_minor_version_upgrade = aws_eip.helper.public_ip != ""
  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "alias/aws/mq"
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

# RabbitMQ: encryption options do not apply.
resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

# ---- Kinesis
resource "aws_kinesis_stream" "cmk_week" {
  name             = "cmk-week"
  shard_count      = 1
  retention_period = 168
  encryption_type  = "KMS"
  kms_key_id       = aws_kms_key.cmk.arn
}

resource "aws_kinesis_stream" "defaults" {
  name        = "defaults"
  shard_count = 1
}

resource "aws_kinesis_stream" "aws_managed" {
  name             = "aws-managed"
  shard_count      = 1
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
}

resource "aws_kinesis_stream" "unknown_at_apply" {
  name             = "unknown-at-apply"
  shard_count      = 1
  retention_period = aws_eip.helper.public_ip != "" ? 168 : 24
  encryption_type  = "KMS"
  kms_key_id       = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "alias/aws/kinesis"
}

resource "aws_kinesis_video_stream" "cmk" {
  name       = "cmk"
  kms_key_id = aws_kms_key.cmk.arn
}

resource "aws_kinesis_video_stream" "aws_managed" {
  name       = "aws-managed"
  kms_key_id = "alias/aws/kinesisvideo"
}

# ---- MSK
resource "aws_msk_cluster" "iam_auth_monitored" {
  cluster_name           = "iam-auth-monitored"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  enhanced_monitoring    = "PER_BROKER"
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
  }
  client_authentication {
    sasl {
      iam = true
    }
  }
}

resource "aws_msk_cluster" "defaults" {
  cluster_name           = "defaults"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "unauthenticated_too" {
  cluster_name           = "unauthenticated-too"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  enhanced_monitoring    = "DEFAULT"
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
  }
  client_authentication {
    unauthenticated = true
    sasl {
      scram = true
    }
  }
}

resource "aws_msk_cluster" "unknown_at_apply" {
  cluster_name           = "unknown-at-apply"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  enhanced_monitoring    = aws_eip.helper.public_ip != "" ? "PER_BROKER" : "DEFAULT"
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
  }
  client_authentication {
    unauthenticated = aws_eip.helper.public_ip == ""
    sasl {
      iam = true
    }
  }
}

resource "aws_mskconnect_connector" "tls_logged" {
  name                 = "tls-logged"
  kafkaconnect_version = "2.7.1"
  capacity {
    provisioned_capacity {
      worker_count = 1
    }
  }
  connector_configuration = {
    "connector.class" = "com.example.Sink"
  }
  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = "b-1.example:9098"
      vpc {
        security_groups = ["sg-0123456789abcdef0"]
        subnets         = ["subnet-0123456789abcdef0"]
      }
    }
  }
  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }
  kafka_cluster_encryption_in_transit {
    encryption_type = "TLS"
  }
  log_delivery {
    worker_log_delivery {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/connect"
      }
    }
  }
  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:us-east-1:111122223333:custom-plugin/p/0123"
      revision = 1
    }
  }
  service_execution_role_arn = aws_iam_role.logs.arn
}

resource "aws_mskconnect_connector" "plaintext" {
  name                 = "plaintext"
  kafkaconnect_version = "2.7.1"
  capacity {
    provisioned_capacity {
      worker_count = 1
    }
  }
  connector_configuration = {
    "connector.class" = "com.example.Sink"
  }
  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = "b-1.example:9092"
      vpc {
        security_groups = ["sg-0123456789abcdef0"]
        subnets         = ["subnet-0123456789abcdef0"]
      }
    }
  }
  kafka_cluster_client_authentication {
    authentication_type = "NONE"
  }
  kafka_cluster_encryption_in_transit {
    encryption_type = "PLAINTEXT"
  }
  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:us-east-1:111122223333:custom-plugin/p/0123"
      revision = 1
    }
  }
  service_execution_role_arn = aws_iam_role.logs.arn
}

resource "aws_mskconnect_connector" "unknown_at_apply" {
  name                 = "unknown-at-apply"
  kafkaconnect_version = "2.7.1"
  capacity {
    provisioned_capacity {
      worker_count = 1
    }
  }
  connector_configuration = {
    "connector.class" = "com.example.Sink"
  }
  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = "b-1.example:9098"
      vpc {
        security_groups = ["sg-0123456789abcdef0"]
        subnets         = ["subnet-0123456789abcdef0"]
      }
    }
  }
  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }
  kafka_cluster_encryption_in_transit {
    encryption_type = aws_eip.helper.public_ip != "" ? "TLS" : "PLAINTEXT"
  }
  log_delivery {
    worker_log_delivery {
      s3 {
        enabled = true
        bucket  = "connect-logs"
      }
    }
  }
  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:us-east-1:111122223333:custom-plugin/p/0123"
      revision = 1
    }
  }
  service_execution_role_arn = aws_iam_role.logs.arn
}

# ---- SES
resource "aws_ses_domain_identity" "mail" {
  domain = "example.com"
}

data "aws_iam_policy_document" "ses_open" {
  statement {
    actions   = ["ses:*"]
    resources = [aws_ses_domain_identity.mail.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_ses_identity_policy" "open_to_all" {
  identity = aws_ses_domain_identity.mail.arn
  name     = "open"
  policy   = data.aws_iam_policy_document.ses_open.json
}

resource "aws_ses_identity_policy" "named_sender" {
  identity = aws_ses_domain_identity.mail.arn
  name     = "sender"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/mailer" }
      Action    = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource  = "*"
    }]
  })
}

resource "aws_ses_identity_policy" "public_send_only" {
  identity = aws_ses_domain_identity.mail.arn
  name     = "send"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "ses:SendEmail", Resource = "*" }]
  })
}

resource "aws_ses_identity_policy" "unknown_at_apply" {
  identity = aws_ses_domain_identity.mail.arn
  name     = "unknown"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = aws_eip.helper.public_ip != "" ? "ses:*" : "ses:SendEmail", Resource = "*" }]
  })
}

resource "aws_ses_configuration_set" "tls_required" {
  name = "tls-required"
  delivery_options {
    tls_policy = "Require"
  }
}

resource "aws_ses_configuration_set" "defaults" {
  name = "defaults"
}

resource "aws_ses_configuration_set" "unknown_at_apply" {
  name = "unknown-at-apply"
  delivery_options {
    tls_policy = aws_eip.helper.public_ip != "" ? "Require" : "Optional"
  }
}
