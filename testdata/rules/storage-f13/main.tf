# F13 storage fixtures. EFS: AWS-EFS-001 (encryption at rest). WorkSpaces: AWS-WS-001 (root and
# user volume encryption).
variable "root_encrypted" {
  type    = bool
  default = true
}

resource "aws_kms_key" "helper" {
  description = "storage"
}

# --- EFS ---
resource "aws_efs_file_system" "defaults" {
  creation_token = "defaults"
}

resource "aws_efs_file_system" "encrypted_kms" {
  creation_token = "encrypted-kms"
  encrypted      = true
  kms_key_id     = aws_kms_key.helper.arn
}

resource "aws_efs_file_system" "not_encrypted" {
  creation_token = "not-encrypted"
  encrypted      = false
}

resource "aws_efs_file_system" "encrypted_unknown" {
  creation_token = "encrypted-unknown"
  encrypted      = aws_kms_key.helper.arn != ""
}

module "efs" {
  source    = "./modules/efs"
  encrypted = true
}

# --- WorkSpaces ---
resource "aws_workspaces_workspace" "defaults" {
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "defaults"
}

resource "aws_workspaces_workspace" "encrypted" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "encrypted"
  root_volume_encryption_enabled = var.root_encrypted
  user_volume_encryption_enabled = true
  volume_encryption_key          = aws_kms_key.helper.arn
}

resource "aws_workspaces_workspace" "root_only" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "root-only"
  root_volume_encryption_enabled = true
  volume_encryption_key          = aws_kms_key.helper.arn
}

resource "aws_workspaces_workspace" "user_unknown" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "user-unknown"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = aws_kms_key.helper.arn != ""
  volume_encryption_key          = aws_kms_key.helper.arn
}

# --- Secrets Manager: AWS-SM-002 (rotation) ---
resource "aws_secretsmanager_secret" "rotated" {
  name = "rotated"
}

resource "aws_secretsmanager_secret_rotation" "rotated" {
  secret_id           = aws_secretsmanager_secret.rotated.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "never_rotated" {
  name = "never-rotated"
}

# Rotated from a module, through its input.
resource "aws_secretsmanager_secret" "rotated_by_module" {
  name = "rotated-by-module"
}

module "rotation" {
  source    = "./modules/rotation"
  secret_id = aws_secretsmanager_secret.rotated_by_module.arn
}

# --- SSM: AWS-SSM-002 (document shared publicly) ---
variable "share_with" {
  type    = string
  default = "111122223333,444455556666"
}

resource "aws_ssm_document" "private" {
  name          = "private"
  document_type = "Command"
  content       = jsonencode({ schemaVersion = "2.2", description = "x", mainSteps = [{ action = "aws:runShellScript", name = "run", inputs = { runCommand = ["echo hi"] } }] })
}

resource "aws_ssm_document" "public" {
  name          = "public"
  document_type = "Command"
  content       = jsonencode({ schemaVersion = "2.2", description = "x", mainSteps = [{ action = "aws:runShellScript", name = "run", inputs = { runCommand = ["echo hi"] } }] })
  permissions = {
    type        = "Share"
    account_ids = "All"
  }
}

resource "aws_ssm_document" "shared_with_accounts" {
  name          = "shared-with-accounts"
  document_type = "Command"
  content       = jsonencode({ schemaVersion = "2.2", description = "x", mainSteps = [{ action = "aws:runShellScript", name = "run", inputs = { runCommand = ["echo hi"] } }] })
  permissions = {
    type        = "Share"
    account_ids = var.share_with
  }
}

resource "aws_ssm_document" "shared_unknown" {
  name          = "shared-unknown"
  document_type = "Command"
  content       = jsonencode({ schemaVersion = "2.2", description = "x", mainSteps = [{ action = "aws:runShellScript", name = "run", inputs = { runCommand = ["echo hi"] } }] })
  permissions = {
    type        = "Share"
    account_ids = aws_kms_key.helper.arn != "" ? "111122223333" : "All"
  }
}
