# F13 P3 EFS rules: access point root directory (AWS-EFS-003) and POSIX user (AWS-EFS-004),
# customer KMS key (AWS-EFS-005), open file system policy (AWS-EFS-006).
variable "root" {
  type    = string
  default = "/"
}

resource "aws_kms_key" "efs" {
  description = "efs"
}

locals {
  later = aws_kms_key.efs.arn != ""
}

resource "aws_efs_file_system" "default_key" {
  encrypted = true
}

resource "aws_efs_file_system" "customer_key" {
  encrypted  = true
  kms_key_id = aws_kms_key.efs.arn
}

resource "aws_efs_file_system" "known_after_apply" {
  encrypted  = true
  kms_key_id = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : "arn:aws:kms:us-east-1:111122223333:alias/aws/elasticfilesystem"
}

resource "aws_efs_access_point" "defaults" {
  file_system_id = "fs-0123456789abcdef0"
}

resource "aws_efs_access_point" "confined" {
  file_system_id = "fs-0123456789abcdef0"
  root_directory {
    path = "/app"
  }
  posix_user {
    uid = 1000
    gid = 1000
  }
}

resource "aws_efs_access_point" "root_from_variable" {
  file_system_id = "fs-0123456789abcdef0"
  root_directory {
    path = var.root
  }
  posix_user {
    uid = local.later ? 1000 : 0
    gid = 1000
  }
}

resource "aws_efs_access_point" "known_after_apply" {
  file_system_id = "fs-0123456789abcdef0"
  root_directory {
    path = local.later ? "/app" : "/"
  }
}

module "shared" {
  source = "./modules/m"
  key    = aws_kms_key.efs.arn
}

resource "aws_efs_file_system_policy" "open" {
  file_system_id = "fs-0123456789abcdef0"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
      Resource  = "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0"
    }]
  })
}

resource "aws_efs_file_system_policy" "account_only" {
  file_system_id = "fs-0123456789abcdef1"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }
      Action    = "elasticfilesystem:ClientMount"
      Resource  = "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef1"
    }]
  })
}

resource "aws_efs_file_system_policy" "known_after_apply" {
  file_system_id = aws_efs_file_system.customer_key.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "elasticfilesystem:ClientMount"
      Resource  = aws_efs_file_system.customer_key.arn
    }]
  })
}

variable "public_subnet" {
  type    = bool
  default = true
}

resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = var.public_subnet
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "later" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.2.0/24"
  map_public_ip_on_launch = local.later
}

resource "aws_efs_mount_target" "public" {
  file_system_id = aws_efs_file_system.customer_key.id
  subnet_id      = aws_subnet.public.id
}

resource "aws_efs_mount_target" "private" {
  file_system_id = aws_efs_file_system.customer_key.id
  subnet_id      = aws_subnet.private.id
}

resource "aws_efs_mount_target" "known_after_apply" {
  file_system_id = aws_efs_file_system.customer_key.id
  subnet_id      = aws_subnet.later.id
}

resource "aws_efs_mount_target" "outside_subnet" {
  file_system_id = aws_efs_file_system.customer_key.id
  subnet_id      = "subnet-0123456789abcdef9"
}
