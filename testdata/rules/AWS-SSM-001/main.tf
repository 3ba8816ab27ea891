# AWS-SSM-001: Session documents must encrypt sessions and their logs.
resource "aws_kms_key" "sessions" {
  description = "session manager"
}

resource "aws_ssm_document" "pass_prefs" {
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      kmsKeyId                    = "alias/session-manager"
      cloudWatchLogGroupName      = "/ssm/sessions"
      cloudWatchEncryptionEnabled = true
    }
  })
}

resource "aws_ssm_document" "fail_prefs" {
  name          = "SessionPlain"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName        = "session-logs"
      s3EncryptionEnabled = false
    }
  })
}

resource "aws_ssm_document" "unknown_prefs" {
  name          = "SessionKeyed"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      kmsKeyId                    = aws_kms_key.sessions.id
      cloudWatchLogGroupName      = "/ssm/sessions"
      cloudWatchEncryptionEnabled = true
    }
  })
}
