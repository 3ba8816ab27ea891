# AWS-SM-002 when a rotation's secret_id cannot be followed (through a local): every secret
# without a rotation it can see is Unknown, since that rotation may be its own.
resource "aws_secretsmanager_secret" "behind_local" {
  name = "behind-local"
}

locals {
  secret = aws_secretsmanager_secret.behind_local.id
}

resource "aws_secretsmanager_secret_rotation" "behind_local" {
  secret_id           = local.secret
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
