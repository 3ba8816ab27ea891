# F01 P3 VPC rules: AWS-VPC-016 (network ACL FTP), AWS-VPC-017 (endpoint service acceptance),
# AWS-VPC-018 (VPC Block Public Access), AWS-VPC-019 (network ACL associated with no subnet).
variable "anywhere" {
  type    = string
  default = "0.0.0.0/0"
}

variable "accept" {
  type    = bool
  default = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# --- AWS-VPC-016 ---------------------------------------------------------------------------
resource "aws_network_acl" "fail_inline_ftp" {
  vpc_id = aws_vpc.main.id
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 20
    to_port    = 21
  }
}

resource "aws_network_acl" "pass_inline_https_and_denied_ftp" {
  vpc_id = aws_vpc.main.id
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
  ingress {
    rule_no    = 110
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 21
    to_port    = 21
  }
}

resource "aws_network_acl" "pass_no_ingress" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "fail_all_from_variable" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = var.anywhere
}

resource "aws_network_acl_rule" "pass_ftp_from_office" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 110
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "198.51.100.0/24"
  from_port      = 21
  to_port        = 21
}

resource "aws_network_acl_rule" "unknown_cidr" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 120
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "${aws_eip.helper.public_ip}/32"
  from_port      = 20
  to_port        = 20
}

# Egress entries are not judged.
resource "aws_network_acl_rule" "egress_ftp" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 130
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 21
  to_port        = 21
}

module "acl" {
  source = "./modules/acl"
  acl_id = aws_network_acl.pass_no_ingress.id
  cidr   = "::/0"
}

# --- AWS-VPC-017 ---------------------------------------------------------------------------
resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  internal           = true
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_vpc_endpoint_service" "fail_auto_accept" {
  acceptance_required        = false
  network_load_balancer_arns = [aws_lb.nlb.arn]
}

resource "aws_vpc_endpoint_service" "pass_from_variable" {
  acceptance_required        = var.accept
  network_load_balancer_arns = [aws_lb.nlb.arn]
}

resource "aws_vpc_endpoint_service" "unknown_acceptance" {
  acceptance_required        = aws_eip.helper.public_ip != ""
  network_load_balancer_arns = [aws_lb.nlb.arn]
}

# --- AWS-VPC-018 ---------------------------------------------------------------------------
resource "aws_vpc_block_public_access_options" "fail_off" {
  internet_gateway_block_mode = "off"
}

resource "aws_vpc_block_public_access_options" "pass_block_ingress" {
  provider                    = aws.west
  internet_gateway_block_mode = "block-ingress"
}

resource "aws_vpc_block_public_access_options" "unknown_mode" {
  provider                    = aws.north
  internet_gateway_block_mode = aws_eip.helper.public_ip != "" ? "block-bidirectional" : "off"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "north"
  region = "eu-north-1"
}

provider "aws" {
  region = "us-east-1"
}

# --- AWS-VPC-019 (the ACLs above have no subnets: they fail) -------------------------------
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_network_acl" "pass_subnet_ids" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.a.id]
}

resource "aws_network_acl" "pass_by_association" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_association" "b" {
  network_acl_id = aws_network_acl.pass_by_association.id
  subnet_id      = aws_subnet.b.id
}

resource "aws_network_acl" "unknown_subnets" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_eip.helper.public_ip != "" ? [aws_subnet.a.id] : []
}
