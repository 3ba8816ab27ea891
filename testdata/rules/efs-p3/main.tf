# EFS backups (AWS-EFS-002): EFS backup policies, One Zone defaults, AWS Backup selections.
variable "off" {
  type    = string
  default = "DISABLED"
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  status = length(aws_kms_key.helper.arn) > 0 ? "ENABLED" : "DISABLED"
}

# Regional, no backup policy: automatic backups are off.
resource "aws_efs_file_system" "defaults" {
  encrypted = true
}

resource "aws_efs_file_system" "policy_on" {
  encrypted = true
}

resource "aws_efs_backup_policy" "policy_on" {
  file_system_id = aws_efs_file_system.policy_on.id
  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system" "policy_off" {
  encrypted = true
}

resource "aws_efs_backup_policy" "policy_off" {
  file_system_id = aws_efs_file_system.policy_off.id
  backup_policy {
    status = var.off
  }
}

# One Zone: automatic backups on by default.
resource "aws_efs_file_system" "one_zone" {
  encrypted              = true
  availability_zone_name = "us-east-1a"
}

resource "aws_efs_file_system" "selected" {
  encrypted = true
}

resource "aws_backup_selection" "efs" {
  name         = "efs"
  plan_id      = "plan-1234"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = [aws_efs_file_system.selected.arn]
}

resource "aws_efs_file_system" "policy_later" {
  encrypted = true
}

resource "aws_efs_backup_policy" "policy_later" {
  file_system_id = aws_efs_file_system.policy_later.id
  backup_policy {
    status = local.status
  }
}
