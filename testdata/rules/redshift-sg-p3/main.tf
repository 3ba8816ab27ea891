# F08 P3: Redshift cluster security groups open the cluster port to the internet (AWS-RS-015).
variable "client_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# Inline rule opens the default port 5439 to the world: fail.
resource "aws_security_group" "open_inline" {
  name = "open-inline"
  ingress {
    from_port   = 5439
    to_port     = 5439
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_redshift_cluster" "open_inline" {
  cluster_identifier     = "open-inline"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  vpc_security_group_ids = [aws_security_group.open_inline.id]
}

# Restricted to the VPC range: pass.
resource "aws_security_group" "restricted" {
  name = "restricted"
  ingress {
    from_port   = 5439
    to_port     = 5439
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_redshift_cluster" "restricted" {
  cluster_identifier     = "restricted"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  vpc_security_group_ids = [aws_security_group.restricted.id]
}

# The world may reach 443, the cluster listens on 5500 (admitted only from 10/8): pass.
resource "aws_security_group" "custom_port" {
  name = "custom-port"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "custom_port_internal" {
  type              = "ingress"
  security_group_id = aws_security_group.custom_port.id
  from_port         = 5500
  to_port           = 5500
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_redshift_cluster" "custom_port" {
  cluster_identifier     = "custom-port"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  port                   = 5500
  vpc_security_group_ids = [aws_security_group.custom_port.id]
}

# A separate rule admits all traffic from ::/0, which includes the custom port: fail.
resource "aws_security_group" "rule_open" {
  name = "rule-open"
}

resource "aws_vpc_security_group_ingress_rule" "rule_open_all" {
  security_group_id = aws_security_group.rule_open.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_redshift_cluster" "rule_open" {
  cluster_identifier     = "rule-open"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  port                   = 5500
  vpc_security_group_ids = [aws_security_group.rule_open.id]
}

# The source CIDR comes from a variable whose value is 0.0.0.0/0: fail.
resource "aws_security_group" "from_var" {
  name = "from-var"
}

resource "aws_security_group_rule" "from_var" {
  type              = "ingress"
  security_group_id = aws_security_group.from_var.id
  from_port         = 5000
  to_port           = 6000
  protocol          = "tcp"
  cidr_blocks       = [var.client_cidr]
}

resource "aws_redshift_cluster" "open_from_var" {
  cluster_identifier     = "open-from-var"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  vpc_security_group_ids = [aws_security_group.from_var.id]
}

# The source is an address known only after apply: unknown.
resource "aws_security_group" "known_after_apply" {
  name = "known-after-apply"
}

resource "aws_vpc_security_group_ingress_rule" "known_after_apply" {
  security_group_id = aws_security_group.known_after_apply.id
  ip_protocol       = "tcp"
  from_port         = 5439
  to_port           = 5439
  cidr_ipv4         = "${aws_eip.helper.public_ip}/32"
}

resource "aws_redshift_cluster" "known_after_apply" {
  cluster_identifier     = "known-after-apply"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  vpc_security_group_ids = [aws_security_group.known_after_apply.id]
}

# No groups: the VPC's default security group, outside the plan: unknown.
resource "aws_redshift_cluster" "default_group" {
  cluster_identifier = "default-group"
  node_type          = "ra3.xlplus"
  master_username    = "dwadmin"
  master_password    = "Correct-Horse-1"
}

# A group created elsewhere: unknown.
resource "aws_redshift_cluster" "external_group" {
  cluster_identifier     = "external-group"
  node_type              = "ra3.xlplus"
  master_username        = "dwadmin"
  master_password        = "Correct-Horse-1"
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}

# Through a module: the allowed CIDR is a module input.
module "dw_private" {
  source       = "./modules/dw"
  name         = "dw-private"
  allowed_cidr = "10.20.0.0/16"
}

module "dw_public" {
  source       = "./modules/dw"
  name         = "dw-public"
  allowed_cidr = "0.0.0.0/0"
}
