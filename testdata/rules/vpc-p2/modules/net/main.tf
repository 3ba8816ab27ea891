variable "vpc_id" {
  type = string
}

variable "route_table" {
  type = string
}

variable "peering_id" {
  type = string
}

variable "destination" {
  type = string
}

variable "auto_accept" {
  type = string
}

resource "aws_network_acl" "fail_from_input" {
  vpc_id = var.vpc_id
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = var.destination
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_ec2_transit_gateway" "fail_from_input" {
  auto_accept_shared_attachments = var.auto_accept
}

resource "aws_route" "fail_from_input" {
  route_table_id            = var.route_table
  destination_cidr_block    = var.destination
  vpc_peering_connection_id = var.peering_id
}
