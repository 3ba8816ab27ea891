# F13 P3 FSx rules: customer KMS key (AWS-FSX-001), copy tags (AWS-FSX-002), Multi-AZ
# (AWS-FSX-003).
variable "deployment" {
  type    = string
  default = "SINGLE_AZ_1"
}

resource "aws_kms_key" "fsx" {
  description = "fsx"
}

locals {
  later = aws_kms_key.fsx.arn != ""
}

# Scratch Lustre (the default deployment type): no key, not judged by AWS-FSX-001.
resource "aws_fsx_lustre_file_system" "scratch" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-0123456789abcdef0"]
}

resource "aws_fsx_lustre_file_system" "persistent_default_key" {
  storage_capacity            = 1200
  subnet_ids                  = ["subnet-0123456789abcdef0"]
  deployment_type             = "PERSISTENT_2"
  per_unit_storage_throughput = 125
  copy_tags_to_backups        = true
}

resource "aws_fsx_windows_file_system" "single_az" {
  storage_capacity    = 32
  subnet_ids          = ["subnet-0123456789abcdef0"]
  throughput_capacity = 8
  active_directory_id = "d-1234567890"
  skip_final_backup   = true
}

resource "aws_fsx_windows_file_system" "multi_az" {
  storage_capacity    = 32
  subnet_ids          = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  preferred_subnet_id = "subnet-0123456789abcdef0"
  throughput_capacity = 8
  active_directory_id = "d-1234567890"
  deployment_type     = "MULTI_AZ_1"
  kms_key_id          = aws_kms_key.fsx.arn
  skip_final_backup   = true
}

resource "aws_fsx_ontap_file_system" "from_variable" {
  storage_capacity    = 1024
  subnet_ids          = ["subnet-0123456789abcdef0"]
  deployment_type     = var.deployment
  throughput_capacity = 512
  preferred_subnet_id = "subnet-0123456789abcdef0"
  kms_key_id          = "arn:aws:kms:us-east-1:111122223333:alias/aws/fsx"
}

resource "aws_fsx_openzfs_file_system" "hardened" {
  storage_capacity     = 64
  subnet_ids           = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  preferred_subnet_id  = "subnet-0123456789abcdef0"
  deployment_type      = "MULTI_AZ_1"
  throughput_capacity  = 160
  kms_key_id           = aws_kms_key.fsx.arn
  copy_tags_to_backups = true
  copy_tags_to_volumes = true
}

resource "aws_fsx_openzfs_file_system" "known_after_apply" {
  storage_capacity     = 64
  subnet_ids           = ["subnet-0123456789abcdef0"]
  deployment_type      = local.later ? "MULTI_AZ_1" : "SINGLE_AZ_1"
  throughput_capacity  = 64
  kms_key_id           = local.later ? "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" : ""
  copy_tags_to_backups = local.later
  copy_tags_to_volumes = true
}

module "zfs" {
  source = "./modules/m"
  tags   = false
}
