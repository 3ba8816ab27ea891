# AWS-EC2-015 (AMI lookups pin owners), AWS-EC2-016 (EBS encryption by default) and AWS-EC2-017
# (metadata response hop limit).
#
# Offline, a data source that calls AWS cannot be read at plan time: every aws_ami lookup here
# depends on a resource of the plan, so Terraform defers the read to apply and the plan keeps
# its configuration (owners, filters, most_recent).
variable "owners" {
  type    = list(string)
  default = ["099720109477"]
}

variable "hop_limit" {
  type    = number
  default = 3
}

variable "ebs_default" {
  type    = bool
  default = false
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# --- AWS-EC2-015 ---------------------------------------------------------------------------

data "aws_ami" "fail_name_only_most_recent" {
  most_recent = true
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
  depends_on = [aws_vpc.helper]
}

data "aws_ami" "fail_name_regex" {
  name_regex = "^amzn2-ami-hvm-.*"
  depends_on = [aws_vpc.helper]
}

data "aws_ami" "pass_owners" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-2023*"]
  }
  depends_on = [aws_vpc.helper]
}

data "aws_ami" "pass_owners_from_variable" {
  most_recent = true
  owners      = var.owners
  name_regex  = "^ubuntu/images/.*"
  depends_on  = [aws_vpc.helper]
}

data "aws_ami" "pass_owner_alias_filter" {
  most_recent = true
  filter {
    name   = "owner-alias"
    values = ["amazon"]
  }
  filter {
    name   = "name"
    values = ["al2023-ami-2023*"]
  }
  depends_on = [aws_vpc.helper]
}

data "aws_ami" "pass_image_id_filter" {
  filter {
    name   = "image-id"
    values = ["ami-0123456789abcdef0"]
  }
  depends_on = [aws_vpc.helper]
}

# owners known only after apply, from a resource of the plan (the VPC's owner account): some
# account is pinned.
data "aws_ami" "pass_owners_from_resource" {
  most_recent = true
  owners      = [aws_vpc.helper.owner_id]
  filter {
    name   = "name"
    values = ["golden-*"]
  }
}

# Whether the filter pins the owner is known only after apply.
data "aws_ami" "unknown_filter_name" {
  most_recent = true
  filter {
    name   = aws_eip.helper.public_ip != "" ? "owner-id" : "name"
    values = ["123456789012"]
  }
}

# --- AWS-EC2-016 ---------------------------------------------------------------------------

resource "aws_ebs_encryption_by_default" "fail_disabled" {
  enabled = false
}

resource "aws_ebs_encryption_by_default" "fail_from_variable" {
  enabled = var.ebs_default
}

resource "aws_ebs_encryption_by_default" "pass_enabled" {
  enabled = true
}

# Unset: the resource's default is true.
resource "aws_ebs_encryption_by_default" "pass_unset" {
}

resource "aws_ebs_encryption_by_default" "unknown_until_apply" {
  enabled = aws_eip.helper.public_ip != ""
}

# --- AWS-EC2-017 ---------------------------------------------------------------------------

resource "aws_launch_template" "pass_hop_limit_one" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "fail_hop_limit_two" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_template" "fail_hop_limit_from_variable" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_put_response_hop_limit = var.hop_limit
  }
}

# No limit: the AMI's ImdsSupport and the account's IMDS defaults decide.
resource "aws_launch_template" "unknown_unset" {
  image_id = "ami-0123456789abcdef0"
}

resource "aws_launch_template" "unknown_metadata_without_limit" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "unknown_until_apply" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_put_response_hop_limit = aws_eip.helper.public_ip != "" ? 2 : 1
  }
}

# The endpoint is off: nothing answers, not judged.
resource "aws_launch_template" "endpoint_disabled" {
  image_id = "ami-0123456789abcdef0"
  metadata_options {
    http_endpoint               = "disabled"
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_configuration" "fail_hop_limit_two" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_configuration" "pass_hop_limit_one" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_configuration" "unknown_unset" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

module "lt" {
  source    = "./modules/lt"
  hop_limit = 4
  owners    = null
  after     = aws_vpc.helper.id
}
