# AWS-EC2-011: EBS volumes encrypted; no account-level encryption by default in this plan.
variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_kms_key" "helper" {
  description = "ebs"
}

resource "aws_ebs_volume" "pass_encrypted" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
}

resource "aws_ebs_volume" "pass_customer_key" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.helper.arn
}

resource "aws_ebs_volume" "fail_unset" {
  availability_zone = "us-east-1a"
  size              = 10
}

resource "aws_ebs_volume" "fail_false" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = false
}

resource "aws_ebs_volume" "fail_from_variable" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = var.encrypted
}

resource "aws_ebs_volume" "unknown_computed" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = aws_kms_key.helper.key_id != ""
}

# From a snapshot: the snapshot's encryption decides.
resource "aws_ebs_volume" "unknown_from_snapshot" {
  availability_zone = "us-east-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

module "encrypted" {
  source    = "./modules/disk"
  encrypted = true
}

module "plain" {
  source    = "./modules/disk"
  encrypted = var.encrypted
}
