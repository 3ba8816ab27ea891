# AWS-VPC-012 (network ACL ingress of all traffic from the internet), AWS-VPC-013 (transit
# gateway auto-accepting shared attachments) and AWS-VPC-014 (peering routes to everywhere).
variable "anywhere" {
  type    = string
  default = "0.0.0.0/0"
}

variable "anywhere6" {
  type    = string
  default = "::/0"
}

variable "auto_accept" {
  type    = string
  default = "enable"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "peer" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

# --- AWS-VPC-012 ---------------------------------------------------------------------------

resource "aws_network_acl" "fail_inline_all" {
  vpc_id = aws_vpc.main.id
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "pass_inline_https" {
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
    rule_no    = 200
    protocol   = "-1"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "pass_no_ingress" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "fail_tcp_full_range" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 65535
}

resource "aws_network_acl_rule" "fail_all_v6_from_variable" {
  network_acl_id  = aws_network_acl.pass_no_ingress.id
  rule_number     = 110
  protocol        = "all"
  rule_action     = "allow"
  ipv6_cidr_block = var.anywhere6
}

resource "aws_network_acl_rule" "pass_all_from_vpc" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 120
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
}

resource "aws_network_acl_rule" "pass_deny_all" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 130
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
}

# Egress entries are not ingress: not judged.
resource "aws_network_acl_rule" "egress_all" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

# The source is known only after apply.
resource "aws_network_acl_rule" "unknown_cidr" {
  network_acl_id = aws_network_acl.pass_no_ingress.id
  rule_number    = 140
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "${aws_eip.helper.public_ip}/32"
}

resource "aws_default_network_acl" "fail_default_allow_all" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# --- AWS-VPC-013 ---------------------------------------------------------------------------

resource "aws_ec2_transit_gateway" "fail_enable" {
  auto_accept_shared_attachments = "enable"
}

resource "aws_ec2_transit_gateway" "fail_from_variable" {
  auto_accept_shared_attachments = var.auto_accept
}

resource "aws_ec2_transit_gateway" "pass_disable" {
  auto_accept_shared_attachments = "disable"
}

# Unset: AWS's default is disable.
resource "aws_ec2_transit_gateway" "pass_unset" {
}

resource "aws_ec2_transit_gateway" "unknown_until_apply" {
  auto_accept_shared_attachments = aws_eip.helper.public_ip != "" ? "enable" : "disable"
}

# --- AWS-VPC-014 ---------------------------------------------------------------------------

resource "aws_vpc_peering_connection" "shared" {
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = aws_vpc.peer.id
  auto_accept = true
}

resource "aws_route_table" "routes" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "fail_default_to_peer" {
  route_table_id            = aws_route_table.routes.id
  destination_cidr_block    = "0.0.0.0/0"
  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
}

resource "aws_route" "fail_v6_from_variable" {
  route_table_id              = aws_route_table.routes.id
  destination_ipv6_cidr_block = var.anywhere6
  vpc_peering_connection_id   = aws_vpc_peering_connection.shared.id
}

# A peering connection outside the plan, by its ID.
resource "aws_route" "fail_known_peering_id" {
  route_table_id            = aws_route_table.routes.id
  destination_cidr_block    = var.anywhere
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}

resource "aws_route" "pass_peer_cidr" {
  route_table_id            = aws_route_table.routes.id
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
}

# A default route to the internet gateway: not a peering route, not judged.
resource "aws_route" "internet_default" {
  route_table_id         = aws_route_table.routes.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route" "unknown_destination" {
  route_table_id            = aws_route_table.routes.id
  destination_cidr_block    = "${aws_eip.helper.public_ip}/32"
  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
}

resource "aws_route_table" "fail_inline_default_to_peer" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block                = "0.0.0.0/0"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
}

resource "aws_route_table" "pass_inline_peer_cidr" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block                = "10.20.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_default_route_table" "fail_default_table_to_peer" {
  default_route_table_id = aws_vpc.peer.default_route_table_id
  route {
    ipv6_cidr_block           = "::/0"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
}

# Dynamic route blocks over known collections: the plan lists the routes, the configuration
# does not.
resource "aws_route_table" "fail_dynamic_default_to_peer" {
  vpc_id = aws_vpc.main.id
  dynamic "route" {
    for_each = { peer = "0.0.0.0/0", internet = "10.30.0.0/16" }
    content {
      cidr_block                = route.value
      vpc_peering_connection_id = route.key == "peer" ? "pcx-0123456789abcdef0" : null
      gateway_id                = route.key == "peer" ? null : aws_internet_gateway.main.id
    }
  }
}

# Only a default route to the internet gateway: no peering route, not judged.
resource "aws_route_table" "dynamic_internet_only" {
  vpc_id = aws_vpc.main.id
  dynamic "route" {
    for_each = ["0.0.0.0/0"]
    content {
      cidr_block = route.value
      gateway_id = aws_internet_gateway.main.id
    }
  }
}

module "net" {
  source      = "./modules/net"
  vpc_id      = aws_vpc.main.id
  route_table = aws_route_table.routes.id
  peering_id  = aws_vpc_peering_connection.shared.id
  destination = "0.0.0.0/0"
  auto_accept = "enable"
}
