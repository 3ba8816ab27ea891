variable "encryption_disabled" {
  type = bool
}

variable "registry_password" {
  type = string
}

resource "aws_codebuild_project" "this" {
  name         = "from-module"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "S3"
    location            = "cb-artifacts-bucket"
    encryption_disabled = var.encryption_disabled
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "REGISTRY_PASSWORD"
      value = var.registry_password
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
