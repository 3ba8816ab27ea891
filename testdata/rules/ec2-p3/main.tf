# F01/F02 P3 EC2 rules: AWS-EC2-018 (Client VPN logging), AWS-EC2-019 (VPN tunnel logging),
# AWS-EC2-020 (source/destination check), AWS-EC2-021 (detailed monitoring), AWS-EC2-022 (EBS
# customer key), AWS-EC2-023 (snapshot copy encryption), AWS-EC2-024 (AMI encryption),
# AWS-EC2-025 (public AMI), AWS-EC2-026 (Image Builder customer keys).
variable "log_vpn" {
  type    = bool
  default = true
}

variable "monitoring" {
  type    = bool
  default = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_kms_key" "cmk" {
  description = "customer key"
}

resource "aws_cloudwatch_log_group" "vpn" {
  name = "vpn"
}

# --- AWS-EC2-018 ---------------------------------------------------------------------------
locals {
  cert = "arn:aws:acm:eu-west-1:111122223333:certificate/00000000-0000-0000-0000-000000000000"
}

resource "aws_ec2_client_vpn_endpoint" "fail_logging_off" {
  server_certificate_arn = local.cert
  client_cidr_block      = "10.100.0.0/16"
  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = local.cert
  }
  connection_log_options {
    enabled = false
  }
}

resource "aws_ec2_client_vpn_endpoint" "pass_logging_from_variable" {
  server_certificate_arn = local.cert
  client_cidr_block      = "10.101.0.0/16"
  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = local.cert
  }
  connection_log_options {
    enabled              = var.log_vpn
    cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name
  }
}

resource "aws_ec2_client_vpn_endpoint" "unknown_logging" {
  server_certificate_arn = local.cert
  client_cidr_block      = "10.102.0.0/16"
  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = local.cert
  }
  connection_log_options {
    enabled              = aws_eip.helper.public_ip != ""
    cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name
  }
}

# --- AWS-EC2-019 ---------------------------------------------------------------------------
resource "aws_customer_gateway" "office" {
  bgp_asn    = 65000
  ip_address = "198.51.100.1"
  type       = "ipsec.1"
}

resource "aws_vpn_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

# Unset: log_enabled defaults to false.
resource "aws_vpn_connection" "fail_default" {
  vpn_gateway_id      = aws_vpn_gateway.main.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
}

# Only tunnel 1 logs.
resource "aws_vpn_connection" "fail_tunnel2_off" {
  vpn_gateway_id      = aws_vpn_gateway.main.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
}

resource "aws_vpn_connection" "pass_both" {
  vpn_gateway_id      = aws_vpn_gateway.main.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled   = var.log_vpn
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
}

resource "aws_vpn_connection" "unknown_tunnel1" {
  vpn_gateway_id      = aws_vpn_gateway.main.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled   = aws_eip.helper.public_ip != ""
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
}

# --- AWS-EC2-020 and AWS-EC2-021 -----------------------------------------------------------
resource "aws_network_interface" "fail_check_off" {
  subnet_id         = aws_subnet.a.id
  source_dest_check = false
}

# Unset: AWS's default is on.
resource "aws_network_interface" "pass_default" {
  subnet_id = aws_subnet.a.id
}

resource "aws_network_interface" "unknown_check" {
  subnet_id         = aws_subnet.a.id
  source_dest_check = aws_eip.helper.public_ip != ""
}

# A NAT instance: check off (fails EC2-020); monitoring from a variable (passes EC2-021).
resource "aws_instance" "nat_monitored" {
  ami               = "ami-0123456789abcdef0"
  instance_type     = "t3.micro"
  subnet_id         = aws_subnet.a.id
  source_dest_check = false
  monitoring        = var.monitoring
}

# Defaults: check on (passes EC2-020), basic monitoring (fails EC2-021).
resource "aws_instance" "defaults" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.a.id
}

resource "aws_launch_template" "app" {
  name_prefix = "app"
  image_id    = "ami-0123456789abcdef0"
}

# From a launch template: the template decides monitoring (Unknown for EC2-021).
resource "aws_instance" "from_template" {
  subnet_id = aws_subnet.a.id
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_instance" "monitoring_unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.a.id
  monitoring    = aws_eip.helper.public_ip != ""
}

# --- AWS-EC2-022 ---------------------------------------------------------------------------
resource "aws_ebs_volume" "fail_no_key" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}

resource "aws_ebs_volume" "fail_aws_managed_alias" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs"
}

resource "aws_ebs_volume" "pass_cmk" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.cmk.arn
}

# --- AWS-EC2-023 ---------------------------------------------------------------------------
resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.pass_cmk.id
}

resource "aws_ebs_snapshot_copy" "fail_unencrypted" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  encrypted          = false
}

resource "aws_ebs_snapshot_copy" "fail_no_cmk" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  encrypted          = true
}

resource "aws_ebs_snapshot_copy" "pass_cmk" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.cmk.arn
}

# Encryption unset: it follows the source snapshot and the account setting.
resource "aws_ebs_snapshot_copy" "unknown_encryption_unset" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  kms_key_id         = aws_kms_key.cmk.arn
}

# --- AWS-EC2-024 ---------------------------------------------------------------------------
resource "aws_ami" "fail_default_unencrypted" {
  name                = "fail-default"
  root_device_name    = "/dev/xvda"
  virtualization_type = "hvm"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = aws_ebs_snapshot.data.id
  }
}

resource "aws_ami" "pass_encrypted" {
  name                = "pass-encrypted"
  root_device_name    = "/dev/xvda"
  virtualization_type = "hvm"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = aws_ebs_snapshot.data.id
    encrypted   = true
  }
}

resource "aws_ami" "unknown_encrypted" {
  name                = "unknown-encrypted"
  root_device_name    = "/dev/xvda"
  virtualization_type = "hvm"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = aws_ebs_snapshot.data.id
    encrypted   = aws_eip.helper.public_ip != ""
  }
}

resource "aws_ami_copy" "fail_default" {
  name              = "fail-default"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
}

resource "aws_ami_copy" "pass_cmk" {
  name              = "pass-cmk"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true
  kms_key_id        = aws_kms_key.cmk.arn
}

# --- AWS-EC2-025 ---------------------------------------------------------------------------
resource "aws_ami_launch_permission" "fail_public" {
  image_id = aws_ami.pass_encrypted.id
  group    = "all"
}

resource "aws_ami_launch_permission" "pass_one_account" {
  image_id   = aws_ami.pass_encrypted.id
  account_id = "111122223333"
}

# --- AWS-EC2-026 ---------------------------------------------------------------------------
resource "aws_imagebuilder_component" "fail_no_key" {
  name     = "fail-no-key"
  platform = "Linux"
  version  = "1.0.0"
  uri      = "s3://build/hardening.yml"
}

resource "aws_imagebuilder_component" "pass_cmk" {
  name       = "pass-cmk"
  platform   = "Linux"
  version    = "1.0.0"
  uri        = "s3://build/hardening.yml"
  kms_key_id = aws_kms_key.cmk.arn
}

resource "aws_imagebuilder_image_recipe" "fail_volume_default_key" {
  name         = "fail-volume"
  parent_image = "arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"
  component {
    component_arn = aws_imagebuilder_component.pass_cmk.arn
  }
  block_device_mapping {
    device_name = "/dev/xvda"
    ebs {
      encrypted = true
    }
  }
}

resource "aws_imagebuilder_image_recipe" "pass_volume_cmk" {
  name         = "pass-volume"
  parent_image = "arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"
  component {
    component_arn = aws_imagebuilder_component.pass_cmk.arn
  }
  block_device_mapping {
    device_name = "/dev/xvda"
    ebs {
      encrypted  = true
      kms_key_id = aws_kms_key.cmk.arn
    }
  }
}

resource "aws_imagebuilder_distribution_configuration" "fail_ami_default_key" {
  name = "fail-ami"
  distribution {
    region = "eu-west-1"
    ami_distribution_configuration {
      name = "app-{{ imagebuilder:buildDate }}"
    }
  }
}

resource "aws_imagebuilder_distribution_configuration" "pass_ami_cmk" {
  name = "pass-ami"
  distribution {
    region = "eu-west-1"
    ami_distribution_configuration {
      name       = "app-{{ imagebuilder:buildDate }}"
      kms_key_id = aws_kms_key.cmk.arn
    }
  }
}

module "net" {
  source     = "./modules/net"
  subnet_id  = aws_subnet.a.id
  check      = false
  key        = aws_kms_key.cmk.arn
  ami_id     = aws_ami.pass_encrypted.id
  share_with = "all"
}

# Which key is known only after apply.
resource "aws_ebs_volume" "unknown_key" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs"
}

resource "aws_imagebuilder_component" "unknown_key" {
  name       = "unknown-key"
  platform   = "Linux"
  version    = "1.0.0"
  uri        = "s3://build/hardening.yml"
  kms_key_id = aws_eip.helper.public_ip != "" ? aws_kms_key.cmk.arn : "arn:aws:kms:eu-west-1:111122223333:alias/aws/imagebuilder"
}

resource "aws_ami_launch_permission" "unknown_group" {
  image_id = aws_ami.pass_encrypted.id
  group    = aws_eip.helper.public_ip != "" ? "all" : null
}

# --- More instances for AWS-EC2-020 and AWS-EC2-021 ------------------------------------------
variable "groups" {
  type    = list(string)
  default = ["sg-0123456789abcdef0"]
}

resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
}

resource "aws_instance" "pass_groups" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.app.id]
}

resource "aws_instance" "pass_groups_from_variable" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = var.groups
}

resource "aws_instance" "pass_network_interface" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  network_interface {
    network_interface_id = aws_network_interface.pass_default.id
    device_index         = 0
  }
}

# A lookup read only at apply (it depends on a VPC of the plan).
data "aws_security_groups" "app" {
  filter {
    name   = "vpc-id"
    values = [aws_vpc.main.id]
  }
}

resource "aws_instance" "unknown_groups" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = data.aws_security_groups.app.ids
}
