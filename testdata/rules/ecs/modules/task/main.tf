variable "file_system_id" {
  type = string
}

variable "transit" {
  type = string
}

resource "aws_ecs_task_definition" "this" {
  family = "from-module"
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "app:1.0"
      essential              = true
      readonlyRootFilesystem = true
      environment            = [{ name = "STAGE", value = "prod" }]
    },
  ])
  volume {
    name = "shared"
    efs_volume_configuration {
      file_system_id     = var.file_system_id
      transit_encryption = var.transit
    }
  }
}
