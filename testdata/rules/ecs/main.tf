# ECS fixtures: AWS-ECS-001 (Container Insights), AWS-ECS-002 (secrets in container
# environment), AWS-ECS-003 (EFS volume transit encryption), AWS-ECS-004 (public IPs),
# AWS-ECS-005 (read-only root filesystem). The secrets are fake markers; no output may show them.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "eu-west-1"
}

variable "insights" {
  type    = string
  default = "enhanced"
}

variable "api_token" {
  type    = string
  default = "tok-FAKE-ECS-MARKER-7731"
}

variable "public_ip" {
  type    = bool
  default = true
}

resource "aws_kms_key" "helper" {
  description = "ecs"
}

resource "aws_efs_file_system" "data" {
  creation_token = "ecs-data"
  encrypted      = true
}

# --- AWS-ECS-001 ---
resource "aws_ecs_cluster" "defaults" {
  name = "defaults"
}

resource "aws_ecs_cluster" "insights_enabled" {
  name = "insights-enabled"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "insights_disabled" {
  name = "insights-disabled"
  setting {
    name  = "containerInsights"
    value = "disabled"
  }
}

resource "aws_ecs_cluster" "insights_from_var" {
  name = "insights-from-var"
  setting {
    name  = "containerInsights"
    value = var.insights
  }
}

resource "aws_ecs_cluster" "insights_unknown" {
  name = "insights-unknown"
  setting {
    name  = "containerInsights"
    value = aws_kms_key.helper.arn != "" ? "enabled" : "disabled"
  }
}

# In eu-west-1 the account default turns Container Insights on for new clusters.
resource "aws_ecs_account_setting_default" "west_insights" {
  provider = aws.west
  name     = "containerInsights"
  value    = "enabled"
}

resource "aws_ecs_cluster" "west_account_default" {
  provider = aws.west
  name     = "west-account-default"
}

# --- AWS-ECS-002, -003, -005 ---
resource "aws_ecs_task_definition" "secrets_in_env" {
  family = "secrets-in-env"
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "api:1.0"
      essential = true
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "DB_PASSWORD", value = "pw-FAKE-ECS-MARKER-1234" },
      ]
    },
    {
      name                   = "worker"
      image                  = "worker:1.0"
      essential              = false
      readonlyRootFilesystem = true
      environment = [
        { name = "AWS_ACCESS_KEY_ID", value = "AKIAFAKEECSMARKER123" },
      ]
    },
  ])
}

resource "aws_ecs_task_definition" "clean" {
  family = "clean"
  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "api:1.0"
      essential              = true
      readonlyRootFilesystem = true
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "DB_PASSWORD_ARN", value = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf" },
        { name = "TOKEN_TTL", value = "3600" },
      ]
      secrets = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf" }]
    },
  ])
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.data.id
      transit_encryption = "ENABLED"
    }
  }
}

# Definitions known only at apply; an EFS volume left at the AWS default.
resource "aws_ecs_task_definition" "unknown_definitions" {
  family = "unknown-definitions"
  container_definitions = jsonencode([
    {
      name        = "api"
      image       = "api:1.0"
      essential   = true
      environment = [{ name = "KEY_ARN", value = aws_kms_key.helper.arn }]
    },
  ])
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = aws_efs_file_system.data.id
    }
  }
}

# A heredoc, a token from a variable, and transit encryption known only at apply.
resource "aws_ecs_task_definition" "heredoc_token_from_var" {
  family                = "heredoc"
  container_definitions = <<-EOT
    [
      {
        "name": "api",
        "image": "api:1.0",
        "essential": true,
        "readonlyRootFilesystem": false,
        "environment": [{ "name": "API_TOKEN", "value": "${var.api_token}" }]
      }
    ]
  EOT
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.data.id
      transit_encryption = aws_kms_key.helper.arn != "" ? "ENABLED" : "DISABLED"
    }
  }
}

module "task" {
  source         = "./modules/task"
  file_system_id = aws_efs_file_system.data.id
  transit        = "DISABLED"
}

# --- AWS-ECS-004 ---
resource "aws_ecs_service" "public_ip" {
  name            = "public-ip"
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = true
  }
}

resource "aws_ecs_service" "private_ip" {
  name            = "private-ip"
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = false
  }
}

resource "aws_ecs_service" "ip_default" {
  name            = "ip-default"
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_ecs_service" "ip_from_var" {
  name            = "ip-from-var"
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = var.public_ip
  }
}

resource "aws_ecs_service" "ip_unknown" {
  name            = "ip-unknown"
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = aws_kms_key.helper.arn != ""
  }
}

resource "aws_ecs_service" "external" {
  name            = "external"
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  deployment_controller {
    type = "EXTERNAL"
  }
}

resource "aws_ecs_task_set" "public_ip" {
  service         = aws_ecs_service.external.id
  cluster         = aws_ecs_cluster.defaults.id
  task_definition = aws_ecs_task_definition.clean.arn
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = true
  }
}
