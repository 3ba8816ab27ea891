variable "role" {
  type = string
}

variable "privileged" {
  type = bool
}

variable "location" {
  type = string
}

resource "aws_codebuild_project" "this" {
  name         = "module"
  service_role = var.role
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.privileged
  }
  source {
    type     = "BITBUCKET"
    location = var.location
  }
}
