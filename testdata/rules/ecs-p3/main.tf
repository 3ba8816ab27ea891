# ECS P3 fixtures: AWS-ECS-006..011.
variable "pid_mode" {
  type    = string
  default = "task"
}

resource "aws_kms_key" "helper" {
  description = "ecs"
}

resource "aws_kms_key" "other" {
  description = "ecs other"
}

resource "aws_cloudwatch_log_group" "exec" {
  name = "/ecs/exec"
}

# --- task definitions ---
resource "aws_ecs_task_definition" "defaults" {
  family                = "defaults"
  container_definitions = jsonencode([{ name = "api", image = "api:1.0" }])
}

resource "aws_ecs_task_definition" "hardened" {
  family       = "hardened"
  network_mode = "awsvpc"
  pid_mode     = "task"
  container_definitions = jsonencode([{
    name       = "api"
    image      = "api:1.0"
    user       = "1000"
    privileged = false
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/api"
        awslogs-region        = "us-east-1"
        awslogs-stream-prefix = "api"
      }
    }
  }])
}

resource "aws_ecs_task_definition" "privileged_host" {
  family       = "privileged-host"
  network_mode = "host"
  pid_mode     = "host"
  container_definitions = jsonencode([
    {
      name             = "agent"
      image            = "agent:1.0"
      privileged       = true
      user             = "1000"
      logConfiguration = { logDriver = "awslogs", options = { awslogs-group = "/ecs/agent", awslogs-region = "us-east-1", awslogs-stream-prefix = "agent" } }
    },
    {
      name  = "sidecar"
      image = "sidecar:1.0"
    }
  ])
}

resource "aws_ecs_task_definition" "host_non_root" {
  family       = "host-non-root"
  network_mode = "host"
  pid_mode     = var.pid_mode
  container_definitions = jsonencode([{
    name             = "agent"
    image            = "agent:1.0"
    user             = "nobody:nogroup"
    logConfiguration = { logDriver = "awslogs", options = { awslogs-group = "/ecs/agent", awslogs-region = "us-east-1", awslogs-stream-prefix = "agent" } }
  }])
}

resource "aws_ecs_task_definition" "host_root_id" {
  family                = "host-root-id"
  network_mode          = "host"
  container_definitions = jsonencode([{ name = "agent", image = "agent:1.0", user = "0:0" }])
}

resource "aws_ecs_task_definition" "unknowns" {
  family       = "unknowns"
  network_mode = aws_kms_key.helper.arn != "" ? "host" : "awsvpc"
  pid_mode     = aws_kms_key.helper.arn != "" ? "host" : "task"
  container_definitions = jsonencode([{
    name       = "api"
    image      = "api:1.0"
    privileged = aws_kms_key.helper.arn != ""
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = aws_cloudwatch_log_group.exec.name }
    }
  }])
}

module "task" {
  source     = "./modules/task"
  privileged = true
  pid_mode   = "host"
}

# --- services ---
resource "aws_ecs_service" "fargate_default" {
  name        = "fargate-default"
  launch_type = "FARGATE"
}

resource "aws_ecs_service" "fargate_pinned" {
  name             = "fargate-pinned"
  launch_type      = "FARGATE"
  platform_version = "1.3.0"
}

resource "aws_ecs_service" "fargate_latest" {
  name             = "fargate-latest"
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}

resource "aws_ecs_service" "fargate_unknown" {
  name             = "fargate-unknown"
  launch_type      = "FARGATE"
  platform_version = aws_kms_key.helper.arn != "" ? "LATEST" : "1.4.0"
}

resource "aws_ecs_service" "ec2" {
  name        = "ec2"
  launch_type = "EC2"
}

# --- clusters ---
resource "aws_ecs_cluster" "defaults" {
  name = "defaults"
}

resource "aws_ecs_cluster" "exec_encrypted" {
  name = "exec-encrypted"
  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.helper.arn
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      }
    }
  }
}

resource "aws_ecs_cluster" "exec_no_logging" {
  name = "exec-no-logging"
  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.helper.arn
      logging    = "NONE"
    }
  }
}

resource "aws_ecs_cluster" "exec_key_unknown" {
  name = "exec-key-unknown"
  configuration {
    execute_command_configuration {
      kms_key_id = aws_cloudwatch_log_group.exec.arn != "" ? aws_kms_key.helper.arn : aws_kms_key.other.arn
    }
  }
}

# --- task and execution roles ---
resource "aws_iam_role" "task" {
  name               = "task"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }] })
}

resource "aws_iam_role" "execution" {
  name               = "execution"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }] })
}

resource "aws_ecs_task_definition" "same_role" {
  family                = "same-role"
  task_role_arn         = aws_iam_role.task.arn
  execution_role_arn    = aws_iam_role.task.arn
  container_definitions = jsonencode([{ name = "api", image = "api:1.0", logConfiguration = { logDriver = "awslogs" } }])
}

resource "aws_ecs_task_definition" "same_literal" {
  family                = "same-literal"
  task_role_arn         = "arn:aws:iam::123456789012:role/app"
  execution_role_arn    = "arn:aws:iam::123456789012:role/app"
  container_definitions = jsonencode([{ name = "api", image = "api:1.0", logConfiguration = { logDriver = "awslogs" } }])
}

resource "aws_ecs_task_definition" "separate_roles" {
  family                = "separate-roles"
  task_role_arn         = aws_iam_role.task.arn
  execution_role_arn    = aws_iam_role.execution.arn
  container_definitions = jsonencode([{ name = "api", image = "api:1.0", logConfiguration = { logDriver = "awslogs" } }])
}

resource "aws_ecs_task_definition" "role_mixed" {
  family                = "role-mixed"
  task_role_arn         = "arn:aws:iam::123456789012:role/app"
  execution_role_arn    = aws_iam_role.execution.arn
  container_definitions = jsonencode([{ name = "api", image = "api:1.0", logConfiguration = { logDriver = "awslogs" } }])
}

# --- ECR lifecycle policy whose repository cannot be followed ---
resource "aws_ecr_repository" "maybe_lifecycle" {
  name = "maybe-lifecycle"
}

resource "aws_ecr_repository" "other" {
  name = "other"
}

resource "aws_ecr_lifecycle_policy" "unresolved" {
  repository = aws_kms_key.helper.arn != aws_kms_key.other.arn ? aws_ecr_repository.maybe_lifecycle.name : aws_ecr_repository.other.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 50 }
      action       = { type = "expire" }
    }]
  })
}

# Not host network mode: AWS-ECS-009 does not judge it, though its containers are unknown.
resource "aws_ecs_task_definition" "awsvpc_containers_unknown" {
  family                = "awsvpc-containers-unknown"
  network_mode          = "awsvpc"
  container_definitions = jsonencode([{ name = "api", image = aws_ecr_repository.other.repository_url }])
}
