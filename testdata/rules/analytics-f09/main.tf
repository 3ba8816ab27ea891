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

# --- DMS: AWS-DMS-001 (endpoint SSL), AWS-DMS-002 (public replication instance) ---
variable "ssl_mode" {
  type    = string
  default = "verify-full"
}

resource "aws_dms_endpoint" "postgres_default" {
  endpoint_id   = "postgres-default"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "db.internal"
  port          = 5432
  database_name = "app"
  username      = "dms"
}

resource "aws_dms_endpoint" "mysql_require" {
  endpoint_id   = "mysql-require"
  endpoint_type = "target"
  engine_name   = "mysql"
  server_name   = "mysql.internal"
  port          = 3306
  username      = "dms"
  ssl_mode      = "require"
}

resource "aws_dms_endpoint" "oracle_none" {
  endpoint_id   = "oracle-none"
  endpoint_type = "source"
  engine_name   = "oracle"
  server_name   = "oracle.internal"
  port          = 1521
  database_name = "ORCL"
  username      = "dms"
  ssl_mode      = "none"
}

resource "aws_dms_endpoint" "ssl_from_var" {
  endpoint_id   = "ssl-from-var"
  endpoint_type = "source"
  engine_name   = "sqlserver"
  server_name   = "mssql.internal"
  port          = 1433
  database_name = "app"
  username      = "dms"
  ssl_mode      = var.ssl_mode
}

resource "aws_dms_endpoint" "ssl_unknown" {
  endpoint_id   = "ssl-unknown"
  endpoint_type = "source"
  engine_name   = "mariadb"
  server_name   = "maria.internal"
  port          = 3306
  username      = "dms"
  ssl_mode      = aws_kms_key.helper.arn != "" ? "require" : "none"
}

resource "aws_dms_endpoint" "redis_default" {
  endpoint_id   = "redis-default"
  endpoint_type = "target"
  engine_name   = "redis"
  redis_settings {
    auth_type   = "none"
    port        = 6379
    server_name = "redis.internal"
  }
}

resource "aws_dms_endpoint" "redis_plaintext" {
  endpoint_id   = "redis-plaintext"
  endpoint_type = "target"
  engine_name   = "redis"
  redis_settings {
    auth_type             = "none"
    port                  = 6379
    server_name           = "redis.internal"
    ssl_security_protocol = "plaintext"
  }
}

# S3 endpoints have no ssl_mode: not judged.
resource "aws_dms_s3_endpoint" "s3_not_judged" {
  endpoint_id             = "s3-target"
  endpoint_type           = "target"
  bucket_name             = "analytics-f09-results"
  service_access_role_arn = "arn:aws:iam::111122223333:role/dms-s3"
}

resource "aws_dms_replication_instance" "default_public" {
  replication_instance_id    = "default-public"
  replication_instance_class = "dms.t3.micro"
}

resource "aws_dms_replication_instance" "private" {
  replication_instance_id    = "private"
  replication_instance_class = "dms.t3.micro"
  publicly_accessible        = false
}

resource "aws_dms_replication_instance" "public_unknown" {
  replication_instance_id    = "public-unknown"
  replication_instance_class = "dms.t3.micro"
  publicly_accessible        = aws_kms_key.helper.arn == ""
}

module "dms" {
  source = "./modules/dms"
  public = true
}

# --- EMR: AWS-EMR-001 (S3 at rest with KMS), AWS-EMR-002 (in transit), AWS-EMR-003 (local disks) ---
resource "aws_emr_security_configuration" "none" {
  name = "none"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = false
      EnableAtRestEncryption    = false
    }
  })
}

resource "aws_emr_security_configuration" "full" {
  name          = "full"
  configuration = <<-EOT
    {
      "EncryptionConfiguration": {
        "EnableInTransitEncryption": true,
        "InTransitEncryptionConfiguration": {
          "TLSCertificateConfiguration": {
            "CertificateProviderType": "PEM",
            "S3Object": "s3://analytics-f09-results/certs.zip"
          }
        },
        "EnableAtRestEncryption": true,
        "AtRestEncryptionConfiguration": {
          "S3EncryptionConfiguration": {
            "EncryptionMode": "SSE-KMS",
            "AwsKmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          },
          "LocalDiskEncryptionConfiguration": {
            "EncryptionKeyProviderType": "AwsKms",
            "AwsKmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "EnableEbsEncryption": true
          }
        }
      }
    }
  EOT
}

# SSE-S3, and local disks without EBS encryption.
resource "aws_emr_security_configuration" "sse_s3_no_ebs" {
  name = "sse-s3-no-ebs"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = false
      EnableAtRestEncryption    = true
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = { EncryptionMode = "SSE-S3" }
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
      }
    }
  })
}

resource "aws_emr_security_configuration" "key_unknown" {
  name = "key-unknown"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = true
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = { EncryptionMode = "SSE-KMS", AwsKmsKey = aws_kms_key.helper.arn }
      }
    }
  })
}

module "emr" {
  source = "./modules/emr"
  mode   = "CSE-KMS"
}

# --- SageMaker: AWS-SGM-001 (endpoint storage key), AWS-SGM-002 (notebook internet access) ---
variable "internet_access" {
  type    = string
  default = "Disabled"
}

resource "aws_sagemaker_endpoint_configuration" "no_key" {
  name = "no-key"
  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "key_in_plan" {
  name        = "key-in-plan"
  kms_key_arn = aws_kms_key.helper.arn
  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "aws_managed_key" {
  name        = "aws-managed-key"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/sagemaker"
  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

locals {
  sagemaker_key = aws_kms_key.helper.arn
}

resource "aws_sagemaker_endpoint_configuration" "key_behind_local" {
  name        = "key-behind-local"
  kms_key_arn = local.sagemaker_key
  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_notebook_instance" "default_internet" {
  name          = "default-internet"
  role_arn      = "arn:aws:iam::111122223333:role/notebook"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "internet_from_var" {
  name                   = "internet-from-var"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = var.internet_access
}

resource "aws_sagemaker_notebook_instance" "internet_enabled" {
  name                   = "internet-enabled"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}

resource "aws_sagemaker_notebook_instance" "internet_unknown" {
  name                   = "internet-unknown"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = aws_kms_key.helper.arn != "" ? "Disabled" : "Enabled"
}
