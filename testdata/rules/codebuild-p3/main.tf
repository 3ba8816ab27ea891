# CodeBuild P3 fixtures: AWS-CB-003..008.
variable "privileged" {
  type    = bool
  default = false
}

locals {
  role = "arn:aws:iam::123456789012:role/build"
}

resource "aws_kms_key" "helper" {
  description = "codebuild"
}

resource "aws_kms_key" "other" {
  description = "codebuild other"
}

resource "aws_s3_bucket" "logs" {
  bucket = "codebuild-p3-logs"
}

resource "aws_codebuild_project" "defaults" {
  name         = "defaults"
  service_role = local.role
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/acme/api.git"
  }
}

resource "aws_codebuild_project" "hardened" {
  name           = "hardened"
  service_role   = local.role
  encryption_key = aws_kms_key.helper.arn
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
    location = "https://builder@bitbucket.org/acme/api.git"
  }
  logs_config {
    cloudwatch_logs {
      status = "DISABLED"
    }
    s3_logs {
      status   = "ENABLED"
      location = "codebuild-p3-logs/hardened"
    }
  }
}

resource "aws_codebuild_project" "leaky" {
  name           = "leaky"
  service_role   = local.role
  encryption_key = "alias/aws/s3"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/acme/api.git"
  }
  secondary_sources {
    source_identifier = "lib"
    type              = "BITBUCKET"
    location          = "https://builder:app-password-123@bitbucket.org/acme/lib.git"
  }
  logs_config {
    cloudwatch_logs {
      status = "DISABLED"
    }
    s3_logs {
      status              = "DISABLED"
      encryption_disabled = true
    }
  }
}

resource "aws_codebuild_project" "s3_logs_plain" {
  name         = "s3-logs-plain"
  service_role = local.role
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "codebuild-p3-logs/plain"
      encryption_disabled = true
    }
  }
}

resource "aws_codebuild_project" "unknowns" {
  name           = "unknowns"
  service_role   = local.role
  encryption_key = aws_s3_bucket.logs.arn != "" ? aws_kms_key.helper.arn : aws_kms_key.other.arn
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = aws_s3_bucket.logs.arn != ""
  }
  source {
    type     = "BITBUCKET"
    location = "https://bitbucket.org/acme/${aws_s3_bucket.logs.id}.git"
  }
  logs_config {
    cloudwatch_logs {
      status = aws_s3_bucket.logs.arn != "" ? "ENABLED" : "DISABLED"
    }
    s3_logs {
      status              = aws_s3_bucket.logs.arn != "" ? "ENABLED" : "DISABLED"
      location            = "codebuild-p3-logs/unknowns"
      encryption_disabled = aws_s3_bucket.logs.arn != ""
    }
  }
}

module "project" {
  source     = "./modules/project"
  role       = local.role
  privileged = true
  location   = "https://ci:s3cr3t@bitbucket.org/acme/module.git"
}

# --- report groups ---
resource "aws_codebuild_report_group" "no_export" {
  name = "no-export"
  type = "TEST"
  export_config {
    type = "NO_EXPORT"
  }
}

resource "aws_codebuild_report_group" "encrypted" {
  name = "encrypted"
  type = "TEST"
  export_config {
    type = "S3"
    s3_destination {
      bucket         = aws_s3_bucket.logs.id
      encryption_key = aws_kms_key.helper.arn
    }
  }
}

resource "aws_codebuild_report_group" "unencrypted" {
  name = "unencrypted"
  type = "TEST"
  export_config {
    type = "S3"
    s3_destination {
      bucket              = aws_s3_bucket.logs.id
      encryption_key      = aws_kms_key.helper.arn
      encryption_disabled = true
    }
  }
}

resource "aws_codebuild_report_group" "encryption_unknown" {
  name = "encryption-unknown"
  type = "TEST"
  export_config {
    type = "S3"
    s3_destination {
      bucket              = aws_s3_bucket.logs.id
      encryption_key      = aws_kms_key.helper.arn
      encryption_disabled = aws_s3_bucket.logs.arn == ""
    }
  }
}
