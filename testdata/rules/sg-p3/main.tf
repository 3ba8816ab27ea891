# AWS-SG-007 (high-risk ports) and AWS-SG-008 (ports other than 80/443) from the internet,
# in the three ways Terraform writes ingress.
variable "anywhere" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# MySQL open to the world: high risk, and not authorized.
resource "aws_security_group" "fail_inline_mysql" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 3306
    to_port     = 3306
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Web ports only: passes both.
resource "aws_security_group" "pass_inline_web" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    protocol    = "tcp"
    from_port   = 80
    to_port     = 80
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# No ingress: AWS admits nothing.
resource "aws_security_group" "pass_no_ingress" {
  vpc_id = aws_vpc.main.id
}

# 7000-7100: not high risk, but not authorized either.
resource "aws_security_group_rule" "app_range_v6" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 7000
  to_port           = 7100
  ipv6_cidr_blocks  = ["::0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

# A range covering Elasticsearch 9200.
resource "aws_security_group_rule" "fail_range_over_9200" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 9000
  to_port           = 9999
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

# ICMP carries no ports: neither rule fails.
resource "aws_security_group_rule" "pass_icmp" {
  type              = "ingress"
  protocol          = "icmp"
  from_port         = -1
  to_port           = -1
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

# Egress is not judged.
resource "aws_security_group_rule" "egress_any" {
  type              = "egress"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.pass_no_ingress.id
}

# SMB from a variable holding 0.0.0.0/0.
resource "aws_vpc_security_group_ingress_rule" "fail_smb_from_variable" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "tcp"
  from_port         = 445
  to_port           = 445
  cidr_ipv4         = var.anywhere
}

# HTTPS from anywhere: passes both.
resource "aws_vpc_security_group_ingress_rule" "pass_https" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

# Postgres from another group: not the internet.
resource "aws_vpc_security_group_ingress_rule" "pass_postgres_from_group" {
  security_group_id            = aws_security_group.pass_no_ingress.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.pass_inline_web.id
}

# The source is known only after apply.
resource "aws_vpc_security_group_ingress_rule" "unknown_cidr" {
  security_group_id = aws_security_group.pass_no_ingress.id
  ip_protocol       = "tcp"
  from_port         = 1433
  to_port           = 1433
  cidr_ipv4         = "${aws_eip.helper.public_ip}/32"
}

module "rule" {
  source   = "./modules/rule"
  group_id = aws_security_group.pass_no_ingress.id
  cidr     = "::/0"
}
