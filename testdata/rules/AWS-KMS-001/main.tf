# AWS-KMS-001 (opt): key policies granting kms:*.
resource "aws_iam_role" "helper" {
  name_prefix = "kms-user-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_kms_key" "fail_default_policy" {
  description = "default policy"
}

resource "aws_kms_key" "fail_root_all" {
  description = "root all"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "pass_split_statements" {
  description = "split"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "admins", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/kms-admin" }, Action = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:Put*", "kms:Update*", "kms:ScheduleKeyDeletion"], Resource = "*" },
      { Sid = "users", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/app" }, Action = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"], Resource = "*" }
    ]
  })
}

resource "aws_kms_key" "unknown_policy_with_role_arn" {
  description = "unknown"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "users", Effect = "Allow", Principal = { AWS = aws_iam_role.helper.arn }, Action = ["kms:Decrypt"], Resource = "*" }]
  })
}
