# F09 analytics fixtures. Athena: AWS-ATH-001 (workgroup result encryption), AWS-ATH-002
# (database encryption).
variable "encryption_option" {
  type    = string
  default = "SSE_S3"
}

resource "aws_kms_key" "helper" {
  description = "analytics"
}

resource "aws_s3_bucket" "results" {
  bucket = "analytics-f09-results"
}

# --- Athena ---
resource "aws_athena_workgroup" "defaults" {
  name = "defaults"
}

resource "aws_athena_workgroup" "no_encryption" {
  name = "no-encryption"
  configuration {
    result_configuration {
      output_location = "s3://analytics-f09-results/no-encryption/"
    }
  }
}

resource "aws_athena_workgroup" "kms" {
  name = "kms"
  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://analytics-f09-results/kms/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.helper.arn
      }
    }
  }
}

resource "aws_athena_workgroup" "option_unknown" {
  name = "option-unknown"
  configuration {
    result_configuration {
      output_location = "s3://analytics-f09-results/unknown/"
      encryption_configuration {
        encryption_option = aws_kms_key.helper.arn != "" ? "SSE_KMS" : "SSE_S3"
        kms_key_arn       = aws_kms_key.helper.arn
      }
    }
  }
}

module "athena" {
  source            = "./modules/athena"
  bucket            = aws_s3_bucket.results.id
  encryption_option = var.encryption_option
}

resource "aws_athena_database" "defaults" {
  name   = "defaults"
  bucket = aws_s3_bucket.results.id
}

resource "aws_athena_database" "kms" {
  name   = "kms"
  bucket = aws_s3_bucket.results.id
  encryption_configuration {
    encryption_option = "SSE_KMS"
    kms_key           = aws_kms_key.helper.arn
  }
}

resource "aws_athena_database" "option_unknown" {
  name   = "option_unknown"
  bucket = aws_s3_bucket.results.id
  encryption_configuration {
    encryption_option = aws_kms_key.helper.arn != "" ? "SSE_KMS" : "SSE_S3"
    kms_key           = aws_kms_key.helper.arn
  }
}
