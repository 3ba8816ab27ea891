# CodeBuild fixtures: AWS-CB-001 (artifact encryption), AWS-CB-002 (clear-text credentials in
# environment variables). The credentials are fake markers; no output may show them.
variable "disable_encryption" {
  type    = bool
  default = false
}

variable "deploy_token" {
  type    = string
  default = "tok-FAKE-CB-MARKER-5521"
}

resource "aws_kms_key" "helper" {
  description = "codebuild"
}

resource "aws_codebuild_project" "defaults" {
  name         = "defaults"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type     = "S3"
    location = "cb-artifacts-bucket"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "STAGE"
      value = "prod"
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

resource "aws_codebuild_project" "keys_and_unencrypted" {
  name         = "keys-and-unencrypted"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "S3"
    location            = "cb-artifacts-bucket"
    encryption_disabled = true
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "AWS_ACCESS_KEY_ID"
      value = "AKIAFAKECBMARKER1234"
    }
    environment_variable {
      name  = "AWS_SECRET_ACCESS_KEY"
      value = "FAKEcbMARKERsecret/abcdefghijklmnopqrstu"
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

# Secondary artifact without encryption (from a variable); a token from a variable; a
# SECRETS_MANAGER variable whose value is a name.
resource "aws_codebuild_project" "secondary_and_token" {
  name         = "secondary-and-token"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  secondary_artifacts {
    type                = "S3"
    location            = "cb-artifacts-bucket"
    artifact_identifier = "reports"
    encryption_disabled = var.disable_encryption
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "DEPLOY_TOKEN"
      value = var.deploy_token
    }
    environment_variable {
      name  = "DB_PASSWORD"
      type  = "SECRETS_MANAGER"
      value = "prod/db:password"
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

# Values known only at apply.
resource "aws_codebuild_project" "unknowns" {
  name         = "unknowns"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "S3"
    location            = "cb-artifacts-bucket"
    encryption_disabled = aws_kms_key.helper.arn == ""
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "API_TOKEN"
      value = aws_kms_key.helper.key_id
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

module "project" {
  source              = "./modules/project"
  encryption_disabled = true
  registry_password   = "pw-FAKE-CB-MARKER-8812"
}
