variable "role_arn" {
  type = string
}

variable "glue_version" {
  type = string
}

variable "security_configuration" {
  type = string
}

resource "aws_glue_job" "this" {
  name                   = "module"
  role_arn               = var.role_arn
  glue_version           = var.glue_version
  security_configuration = var.security_configuration
  command {
    script_location = "s3://analytics-p3-data/module.py"
  }
}
