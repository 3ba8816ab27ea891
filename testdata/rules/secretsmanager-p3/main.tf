# F13 P3 Secrets Manager rules: open secret policy (AWS-SM-003), rotation interval (AWS-SM-004).
variable "rotation_days" {
  type    = number
  default = 180
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_policy" "open" {
  secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "org_only" {
  secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:api-AbCdEf"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "known_after_apply" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = aws_secretsmanager_secret.db.arn
    }]
  })
}

module "shared" {
  source    = "./modules/m"
  principal = "*"
}

resource "aws_secretsmanager_secret_rotation" "monthly" {
  secret_id           = "db"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret_rotation" "half_yearly" {
  secret_id           = "api"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}

resource "aws_secretsmanager_secret_rotation" "scheduled" {
  secret_id           = "token"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    schedule_expression = "rate(10 days)"
  }
}

resource "aws_secretsmanager_secret_rotation" "known_after_apply" {
  secret_id           = "later"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = local.later ? 30 : 365
  }
}

# The deprecated inline policy of the secret itself, open to any account (AWS-SM-003).
resource "aws_secretsmanager_secret" "inline_policy_public" {
  name = "inline-policy-public"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}
