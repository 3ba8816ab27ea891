# AWS-BAK-001: a selection keeps only the resources of its own region, less its
# not_resources, that meet every condition (AWS Backup ANDs conditions with resources).
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "backup_tag" {
  type    = string
  default = "yes"
}

resource "aws_iam_role" "helper" {
  name_prefix = "backup-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "backup.amazonaws.com" } }]
  })
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

# Everything in us-east-1 tagged backup = var.backup_tag, except one table.
resource "aws_backup_selection" "helper_all_but" {
  name          = "all-but"
  plan_id       = aws_backup_plan.helper.id
  iam_role_arn  = aws_iam_role.helper.arn
  resources     = ["*"]
  not_resources = [aws_dynamodb_table.fail_left_out.arn]
  condition {
    string_equals {
      key   = "aws:ResourceTag/backup"
      value = var.backup_tag
    }
  }
}

resource "aws_backup_vault" "helper_west" {
  provider = aws.west
  name     = "fixture-west"
}

resource "aws_backup_plan" "helper_west" {
  provider = aws.west
  name     = "daily-west"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.helper_west.name
    schedule          = "cron(0 5 * * ? *)"
  }
}

# Picks by tag, in us-west-2 only.
resource "aws_backup_selection" "helper_west" {
  provider     = aws.west
  name         = "west"
  plan_id      = aws_backup_plan.helper_west.id
  iam_role_arn = aws_iam_role.helper.arn
  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "west"
  }
}

resource "aws_dynamodb_table" "pass_tagged" {
  name         = "pass-tagged"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { backup = "yes" }
}

resource "aws_dynamodb_table" "fail_left_out" {
  name         = "left-out"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { backup = "yes" }
}

resource "aws_dynamodb_table" "fail_condition_unmet" {
  name         = "condition-unmet"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { backup = "no" }
}

# Tagged for the us-west-2 selection, but in us-east-1.
resource "aws_dynamodb_table" "fail_other_region" {
  name         = "other-region"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { backup = "west" }
}

resource "aws_dynamodb_table" "pass_west" {
  provider     = aws.west
  name         = "west"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { backup = "west" }
}

# Its tag is known only at apply: whether it meets the condition cannot be told.
resource "aws_dynamodb_table" "unknown_tag_at_apply" {
  name         = "tag-at-apply"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { backup = aws_backup_vault.helper.id }
}
