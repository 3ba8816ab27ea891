# AWS-BAK-001 when a selection's resources go through a local.
locals {
  protected = [aws_dynamodb_table.unknown_behind_local.arn]
}

resource "aws_backup_vault" "helper" {
  name = "fixture"
}

resource "aws_backup_plan" "helper" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.helper.name
    schedule          = "cron(0 5 * * ? *)"
  }
}

resource "aws_backup_selection" "helper" {
  name         = "local"
  plan_id      = aws_backup_plan.helper.id
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = local.protected
}

resource "aws_dynamodb_table" "unknown_behind_local" {
  name         = "bak-local"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
