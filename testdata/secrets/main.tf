# Secrets fixture: every sensitive value carries a unique marker; no output of tfaudit, in any
# format, may contain one (tests/hostile.rs).
variable "db_password" {
  type      = string
  sensitive = true
  default   = "SECRET-MARKER-rds-4c1f9e"
}

variable "redis_token" {
  type      = string
  sensitive = true
  default   = "SECRET-MARKER-redis-8b2d7a"
}

variable "api_key" {
  type      = string
  sensitive = true
  default   = "SECRET-MARKER-var-31e6c0"
}

variable "final_snapshot" {
  type      = string
  sensitive = true
  default   = "SECRET-MARKER-snapshot-5e2b"
}

resource "aws_db_instance" "db" {
  identifier                = "secrets-db"
  engine                    = "postgres"
  instance_class            = "db.t3.micro"
  allocated_storage         = 20
  username                  = "app"
  password                  = var.db_password
  skip_final_snapshot       = false
  final_snapshot_identifier = var.final_snapshot
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "secrets-cache"
  description                = "fixture"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  auth_token                 = var.redis_token
}

resource "aws_ssm_parameter" "key" {
  name  = "/secrets/api-key"
  type  = "SecureString"
  value = var.api_key
}

resource "aws_sqs_queue" "tagged" {
  name = "secrets-queue"
  tags = {
    ApiKey = var.api_key
  }
}

output "api_key" {
  value     = var.api_key
  sensitive = true
}

# Sensitive values that are also JSON words: the reports must stay valid JSON and XML.
variable "feature_flag" {
  type      = string
  sensitive = true
  default   = "null"
}

resource "aws_ssm_parameter" "flag" {
  name  = "/secrets/flag"
  type  = "SecureString"
  value = var.feature_flag
}

# A map the plan marks sensitive as a whole: its names are secret too (fourth adversarial
# review: AWS-LMB-007 printed the name). Names cannot hold a hyphen: this one carries
# SECRETMARKER.
variable "env_names" {
  type      = map(string)
  sensitive = true
  default   = { SECRETMARKER_DB_PASSWORD = "SECRET-MARKER-env-9a7d2c" }
}

resource "aws_lambda_function" "env_names" {
  function_name = "secrets-env-names"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "tfaudit-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = var.env_names
  }
}

# Container definitions the plan marks sensitive (a value from a sensitive variable): no part
# is shown, the names of their variables neither (fourth adversarial review).
resource "aws_ecs_task_definition" "env_names" {
  family = "secrets-env-names"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:latest"
    essential = true
    environment = [{ name = "SECRETMARKER_API_PASSWORD", value = var.api_key }]
  }])
}
