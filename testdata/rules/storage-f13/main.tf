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
