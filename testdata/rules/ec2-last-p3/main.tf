# Last P3 rows: EC2_DEFAULT_SG (AWS-EC2-027), VPC_ENDPOINT_DNS (AWS-VPC-020),
# EC2_DLM_ENCRYPTION (AWS-EC2-028).
variable "group_names" {
  type    = list(string)
  default = ["default"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_default_security_group" "d" {
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_network_interface" "eni" {
  subnet_id = aws_subnet.a.id
}

# ---- AWS-EC2-027: instance in the VPC default security group
resource "aws_instance" "in_default_group" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_default_security_group.d.id]
}

resource "aws_instance" "vpc_default_group_id" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_vpc.main.default_security_group_id]
}

resource "aws_instance" "no_groups" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.a.id
}

resource "aws_instance" "default_by_name_var" {
  ami             = "ami-0abcdef1234567890"
  instance_type   = "t3.micro"
  security_groups = var.group_names
}

resource "aws_instance" "custom_group" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.web.id]
}

resource "aws_instance" "external_group" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}

resource "aws_instance" "group_after_apply" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = aws_eip.helper.public_ip != "" ? [aws_security_group.web.id] : [aws_default_security_group.d.id]
}

resource "aws_instance" "with_eni" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  network_interface {
    network_interface_id = aws_network_interface.eni.id
    device_index         = 0
  }
}

module "default_via_module" {
  source    = "./modules/inst"
  subnet_id = aws_subnet.a.id
  sg_ids    = [aws_default_security_group.d.id]
}

module "custom_via_module" {
  source    = "./modules/inst"
  subnet_id = aws_subnet.a.id
  sg_ids    = [aws_security_group.web.id]
}

# ---- AWS-VPC-020: interface endpoint with private DNS needs the VPC's DNS attributes
variable "dns_hostnames" {
  type    = bool
  default = true
}

resource "aws_vpc" "dns_on" {
  cidr_block           = "10.1.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_vpc" "dns_from_var" {
  cidr_block           = "10.2.0.0/16"
  enable_dns_hostnames = var.dns_hostnames
}

resource "aws_vpc" "dns_support_off" {
  cidr_block           = "10.3.0.0/16"
  enable_dns_support   = false
  enable_dns_hostnames = true
}

resource "aws_vpc" "dns_after_apply" {
  cidr_block           = "10.4.0.0/16"
  enable_dns_hostnames = aws_eip.helper.public_ip != ""
}

resource "aws_vpc_endpoint" "hostnames_default_off" {
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "dns_on" {
  vpc_id              = aws_vpc.dns_on.id
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "dns_from_var" {
  vpc_id              = aws_vpc.dns_from_var.id
  service_name        = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "dns_support_off" {
  vpc_id              = aws_vpc.dns_support_off.id
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "dns_after_apply" {
  vpc_id              = aws_vpc.dns_after_apply.id
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "external_vpc" {
  vpc_id              = "vpc-0123456789abcdef0"
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# Not judged: no private DNS (default false), and a Gateway endpoint (default type).
resource "aws_vpc_endpoint" "no_private_dns" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type = "Interface"
}

resource "aws_vpc_endpoint" "gateway" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.us-east-1.s3"
}

# ---- AWS-EC2-028: DLM cross-region copies encrypted with a customer managed key
variable "copy_encrypted" {
  type    = bool
  default = false
}

resource "aws_kms_key" "dr" {
  description = "dlm copies"
}

locals {
  dlm_role = "arn:aws:iam::123456789012:role/dlm"
}

resource "aws_dlm_lifecycle_policy" "copy_unencrypted" {
  description        = "copy unencrypted"
  execution_role_arn = local.dlm_role
  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "true" }
    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "us-west-2"
        encrypted = false
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "copy_without_cmk" {
  description        = "copy with the default key"
  execution_role_arn = local.dlm_role
  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "true" }
    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "us-west-2"
        encrypted = true
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "copy_with_cmk" {
  description        = "copy with a customer key"
  execution_role_arn = local.dlm_role
  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "true" }
    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "us-west-2"
        encrypted = true
        cmk_arn   = aws_kms_key.dr.arn
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "second_copy_from_var" {
  description        = "second copy unencrypted through a variable"
  execution_role_arn = local.dlm_role
  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "true" }
    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "us-west-2"
        encrypted = true
        cmk_arn   = aws_kms_key.dr.arn
      }
      cross_region_copy_rule {
        target    = "eu-west-1"
        encrypted = var.copy_encrypted
        cmk_arn   = aws_kms_key.dr.arn
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "copy_after_apply" {
  description        = "encryption known after apply"
  execution_role_arn = local.dlm_role
  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "true" }
    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "us-west-2"
        encrypted = aws_eip.helper.public_ip != ""
        cmk_arn   = aws_kms_key.dr.arn
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "event_copy_with_cmk" {
  description        = "event-based copy with a customer key"
  execution_role_arn = local.dlm_role
  policy_details {
    policy_type = "EVENT_BASED_POLICY"
    action {
      name = "copy"
      cross_region_copy {
        target = "us-west-2"
        encryption_configuration {
          encrypted = true
          cmk_arn   = aws_kms_key.dr.arn
        }
        retain_rule {
          interval      = 15
          interval_unit = "MONTHS"
        }
      }
    }
    event_source {
      type = "MANAGED_CWE"
      parameters {
        description_regex = "^.*Created for policy: policy-1234567890abcdef0.*$"
        event_type        = "shareSnapshot"
        snapshot_owner    = ["123456789012"]
      }
    }
  }
}

resource "aws_dlm_lifecycle_policy" "event_copy_unencrypted" {
  description        = "event-based copy without encryption"
  execution_role_arn = local.dlm_role
  policy_details {
    policy_type = "EVENT_BASED_POLICY"
    action {
      name = "copy"
      cross_region_copy {
        target = "us-west-2"
        encryption_configuration {}
        retain_rule {
          interval      = 15
          interval_unit = "MONTHS"
        }
      }
    }
    event_source {
      type = "MANAGED_CWE"
      parameters {
        description_regex = "^.*Created for policy: policy-1234567890abcdef0.*$"
        event_type        = "shareSnapshot"
        snapshot_owner    = ["123456789012"]
      }
    }
  }
}

# Not judged: no cross-region copies.
resource "aws_dlm_lifecycle_policy" "no_copies" {
  description        = "local snapshots only"
  execution_role_arn = local.dlm_role
  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "true" }
    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
    }
  }
}
