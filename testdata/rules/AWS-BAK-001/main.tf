# AWS-BAK-001: stateful resources selected by AWS Backup by reference or by tag.
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

resource "aws_backup_selection" "helper_by_reference" {
  name         = "by-reference"
  plan_id      = aws_backup_plan.helper.id
  iam_role_arn = aws_iam_role.helper.arn
  resources    = [aws_db_instance.pass_selected_by_reference.arn]
}

resource "aws_backup_selection" "helper_by_tag" {
  name         = "by-tag"
  plan_id      = aws_backup_plan.helper.id
  iam_role_arn = aws_iam_role.helper.arn
  selection_tag {
    type  = "STRINGEQUALS"
    key   = "Backup"
    value = "daily"
  }
}

resource "aws_db_instance" "pass_selected_by_reference" {
  identifier                  = "bak-selected"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_dynamodb_table" "pass_selected_by_tag" {
  name         = "bak-tagged"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = { Backup = "daily" }
}

resource "aws_rds_cluster" "fail_not_selected" {
  cluster_identifier          = "bak-cluster"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}
