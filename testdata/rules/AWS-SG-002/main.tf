# AWS-SG-002: groups that declare no egress, inline or as rule resources.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "pass_inline_egress" {
  vpc_id = aws_vpc.helper.id
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group" "fail_no_egress" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group" "pass_rule_resource" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group_rule" "helper_egress" {
  type              = "egress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = aws_security_group.pass_rule_resource.id
}

resource "aws_security_group" "pass_vpc_rule" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_security_group_egress_rule" "helper" {
  security_group_id = aws_security_group.pass_vpc_rule.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_security_group" "fail_only_ingress_rule" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group_rule" "helper_ingress" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = aws_security_group.fail_only_ingress_rule.id
}

# The egress rule sits in another module and gets the group through a variable.
resource "aws_security_group" "pass_rule_in_module" {
  vpc_id = aws_vpc.helper.id
}

module "egress" {
  source            = "./modules/egress"
  security_group_id = aws_security_group.pass_rule_in_module.id
}
