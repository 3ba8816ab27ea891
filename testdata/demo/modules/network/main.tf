variable "cidr_block" {
  type = string
}

variable "egress_cidrs" {
  type = list(string)
}

variable "region" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_hostnames = true
  tags                 = { Project = "shop", Name = "shop" }
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr_block, 8, count.index)
  availability_zone = "${var.region}${["a", "b"][count.index]}"
  tags              = { Project = "shop", Tier = "private" }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id
  tags   = { Project = "shop" }
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}

# Right: the S3 gateway endpoint is on the private route table.
resource "aws_vpc_endpoint" "s3" {
  vpc_id          = aws_vpc.this.id
  service_name    = "com.amazonaws.${var.region}.s3"
  route_table_ids = [aws_route_table.private.id]
  tags            = { Project = "shop" }
}

# Planted: the DynamoDB gateway endpoint was never attached to a route table.
resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id       = aws_vpc.this.id
  service_name = "com.amazonaws.${var.region}.dynamodb"
  tags         = { Project = "shop" }
}

resource "aws_security_group" "app" {
  name   = "shop-app"
  vpc_id = aws_vpc.this.id
  tags   = { Project = "shop" }
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.cidr_block
}

# Planted: all traffic to the allow-list, which the root module sets to 0.0.0.0/0.
resource "aws_security_group_rule" "egress" {
  type              = "egress"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = var.egress_cidrs
  security_group_id = aws_security_group.app.id
}

# A second VPC for batch jobs: planted, no flow log anywhere.
resource "aws_vpc" "batch" {
  cidr_block = "10.30.0.0/16"
  tags       = { Project = "shop", Name = "batch" }
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "app_security_group_id" {
  value = aws_security_group.app.id
}
