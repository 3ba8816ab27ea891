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

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.this.id
  cidr_block              = cidrsubnet(var.cidr_block, 8, count.index + 100)
  availability_zone       = "${var.region}${["a", "b"][count.index]}"
  map_public_ip_on_launch = true
  tags                    = { Project = "shop", Tier = "public" }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = { Project = "shop" }
}

resource "aws_eip" "nat" {
  domain = "vpc"
  tags   = { Project = "shop" }
}

resource "aws_nat_gateway" "this" {
  subnet_id     = aws_subnet.public[0].id
  allocation_id = aws_eip.nat.id
  tags          = { Project = "shop" }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
  tags = { Project = "shop" }
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
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

# Planted: a bastion without an instance profile, in a hard-coded zone.
resource "aws_instance" "bastion" {
  ami               = "ami-0123456789abcdef0"
  instance_type     = "t3.micro"
  subnet_id         = aws_subnet.public[0].id
  availability_zone = "us-east-1a"
  tags              = { Project = "shop", Name = "bastion" }
}

output "public_subnet_ids" {
  value = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "app_security_group_id" {
  value = aws_security_group.app.id
}
