# AWS-EC2-011: EBS encryption by default on in us-east-1, not in us-west-2.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_ebs_encryption_by_default" "helper" {
  enabled = true
}

resource "aws_ebs_volume" "pass_unset_account_default" {
  availability_zone = "us-east-1a"
  size              = 10
}

# Encryption by default encrypts it anyway.
resource "aws_ebs_volume" "pass_false_account_default" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = false
}

resource "aws_ebs_volume" "fail_other_region" {
  provider          = aws.west
  availability_zone = "us-west-2a"
  size              = 10
}
