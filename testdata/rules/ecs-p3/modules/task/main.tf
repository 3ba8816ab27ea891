variable "privileged" {
  type = bool
}

variable "pid_mode" {
  type = string
}

resource "aws_ecs_task_definition" "this" {
  family   = "module"
  pid_mode = var.pid_mode
  container_definitions = jsonencode([{
    name       = "worker"
    image      = "worker:1.0"
    privileged = var.privileged
  }])
}
