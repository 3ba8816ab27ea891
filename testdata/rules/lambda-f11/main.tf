# F11 Lambda rules: AWS-LMB-007 (credentials in environment variables, never printed),
# AWS-LMB-008 (permission to any principal), AWS-LMB-009 (service permission without a source).
variable "db_password" {
  type      = string
  sensitive = true
  default   = "hunter2-lambda-marker"
}

variable "principal" {
  type    = string
  default = "*"
}

resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# --- AWS-LMB-007 ---
resource "aws_lambda_function" "literal_keys" {
  function_name = "literal-keys"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      AWS_ACCESS_KEY_ID     = "AKIAIOSFODNN7LAMBDA1"
      AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiLAMBDAEXAMPL"
      LOG_LEVEL             = "INFO"
    }
  }
}

resource "aws_lambda_function" "password_from_sensitive_var" {
  function_name = "password-from-var"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      DB_PASSWORD = var.db_password
    }
  }
}

resource "aws_lambda_function" "access_key_resource" {
  function_name = "access-key-resource"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      CI_KEY_ID     = aws_iam_access_key.ci.id
      CI_KEY_SECRET = aws_iam_access_key.ci.secret
    }
  }
}

# Pointers to secrets, settings and resource attributes: no credentials.
resource "aws_lambda_function" "pointers_only" {
  function_name = "pointers-only"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf"
      MIN_PASSWORD_LENGTH    = "14"
      ADMIN_PASSWORD         = "ADMIN_PASSWORD"
      LOG_LEVEL              = "INFO"
    }
  }
}

# A value known only at apply: the plan keeps the map's references only.
resource "aws_lambda_function" "with_reference" {
  function_name = "with-reference"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = {
      QUEUE_URL = aws_sqs_queue.jobs.url
      LOG_LEVEL = "INFO"
    }
  }
}

# No environment: not judged.
resource "aws_lambda_function" "no_environment" {
  function_name = "no-environment"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

module "fn_with_secret" {
  source  = "./modules/fn"
  name    = "module-secret"
  role    = aws_iam_role.fn.arn
  api_key = "PASSWORD=module-fake-marker"
}

module "fn_clean" {
  source  = "./modules/fn"
  name    = "module-clean"
  role    = aws_iam_role.fn.arn
  api_key = "none"
}

# --- AWS-LMB-008 / AWS-LMB-009 ---
resource "aws_lambda_permission" "any_principal" {
  statement_id  = "any"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "*"
}

resource "aws_lambda_permission" "any_principal_from_var" {
  statement_id  = "any-var"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = var.principal
}

resource "aws_lambda_permission" "any_principal_in_org" {
  statement_id     = "org"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.pointers_only.function_name
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "account" {
  statement_id  = "account"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "111122223333"
}

resource "aws_lambda_permission" "principal_unknown" {
  statement_id  = "unknown"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = aws_eip.helper.public_ip
}

resource "aws_lambda_permission" "s3_without_source" {
  statement_id  = "s3"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "s3.amazonaws.com"
}

resource "aws_lambda_permission" "sqs_with_source_arn" {
  statement_id  = "sns"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sqs_queue.jobs.arn
}

resource "aws_lambda_permission" "events_with_source_account" {
  statement_id   = "events"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.pointers_only.function_name
  principal      = "events.amazonaws.com"
  source_account = "111122223333"
}

variable "source_arn" {
  type    = string
  default = "arn:aws:s3:::uploads-bucket"
}

resource "aws_lambda_permission" "s3_source_from_var" {
  statement_id  = "s3-var"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = var.source_arn
}

variable "bucket_pattern" {
  type    = string
  default = "arn:aws:s3:::uploads-*"
}

# Principal "*" limited only by a source_arn pattern any account's bucket matches.
resource "aws_lambda_permission" "any_principal_any_bucket" {
  statement_id  = "any-bucket"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "*"
  source_arn    = "arn:aws:s3:::*"
}

resource "aws_lambda_permission" "any_principal_bucket_pattern" {
  statement_id  = "bucket-pattern"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pointers_only.function_name
  principal     = "*"
  source_arn    = var.bucket_pattern
}
