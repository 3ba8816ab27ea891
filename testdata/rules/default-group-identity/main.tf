# aws_vpc.x.default_security_group_id is the group the aws_default_security_group with
# vpc_id = aws_vpc.x.id adopts (third adversarial review: rules and services attached through
# the VPC's attribute were not seen on the adopted group).
terraform {
  required_providers { aws = { source = "hashicorp/aws" } }
}
provider "aws" { region = "us-east-1" }
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "s" {
  vpc_id     = aws_vpc.v.id
  cidr_block = "10.0.1.0/24"
}
# adopts v's default group and declares no rules
resource "aws_default_security_group" "d" { vpc_id = aws_vpc.v.id }

# ...but this rule is added to that same group (v's default group)
resource "aws_vpc_security_group_ingress_rule" "rs_open" {
  security_group_id = aws_vpc.v.default_security_group_id
  ip_protocol       = "tcp"
  from_port         = 5439
  to_port           = 5439
  cidr_ipv4         = "0.0.0.0/0"
}
resource "aws_redshift_cluster" "rs" {
  cluster_identifier     = "rs1"
  node_type              = "ra3.xlplus"
  master_username        = "admin1"
  master_password        = "Passw0rd12345"
  encrypted              = true
  vpc_security_group_ids = [aws_default_security_group.d.id]
}
# control: OpenSearch on the default group by the aws_default_security_group reference
resource "aws_opensearch_domain" "os_ctrl" {
  domain_name = "osctrl"
  vpc_options {
    subnet_ids         = [aws_subnet.s.id]
    security_group_ids = [aws_default_security_group.d.id]
  }
}
# OpenSearch on the same group by the VPC attribute
resource "aws_opensearch_domain" "os" {
  domain_name = "os1"
  vpc_options {
    subnet_ids         = [aws_subnet.s.id]
    security_group_ids = [aws_vpc.v.default_security_group_id]
  }
}

# Through a module: the rule's group comes from the caller.
resource "aws_vpc" "w" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "w" {
  vpc_id = aws_vpc.w.id
}

module "rule" {
  source   = "./modules/rule"
  group_id = aws_vpc.w.default_security_group_id
}

# A group of its own: the control.
resource "aws_security_group" "own" {
  name        = "own"
  description = "the domain's own group"
  vpc_id      = aws_vpc.v.id
}

resource "aws_opensearch_domain" "own_group" {
  domain_name    = "own-group"
  engine_version = "OpenSearch_2.11"
  vpc_options {
    subnet_ids         = [aws_subnet.s.id]
    security_group_ids = [aws_security_group.own.id]
  }
}
