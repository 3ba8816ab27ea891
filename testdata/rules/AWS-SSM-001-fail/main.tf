# AWS-SSM-001: no Session Manager preferences document.
resource "aws_ssm_document" "patch" {
  name          = "patch-now"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Patch"
    mainSteps     = [{ action = "aws:runShellScript", name = "patch", inputs = { runCommand = ["yum -y update"] } }]
  })
}
