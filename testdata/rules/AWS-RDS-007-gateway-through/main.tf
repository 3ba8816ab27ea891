# AWS-RDS-007: internet gateways whose vpc_id comes from another resource than the VPC (a
# CIDR association's vpc_id, terraform_data's output): which VPC they attach to is known only
# at apply, so a publicly accessible instance there is Unknown, not a Pass.
variable "public" {
  type    = bool
  default = true
}

resource "aws_vpc_ipv4_cidr_block_association" "v1" {
  vpc_id     = aws_vpc.v1.id
  cidr_block = "10.101.0.0/16"
}
resource "aws_vpc" "v1" { cidr_block = "10.1.0.0/16" }
resource "aws_internet_gateway" "v1" { vpc_id = aws_vpc_ipv4_cidr_block_association.v1.vpc_id }
resource "aws_subnet" "v1a" {
  vpc_id            = aws_vpc.v1.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "v1b" {
  vpc_id            = aws_vpc.v1.id
  cidr_block        = "10.1.2.0/24"
  availability_zone = "us-east-1b"
}
resource "aws_db_subnet_group" "v1" {
  name       = "grp-v1"
  subnet_ids = [aws_subnet.v1a.id, aws_subnet.v1b.id]
}
resource "aws_db_instance" "unknown_gateway_through_association" {
  identifier                  = "db-v1"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "dbadmin"
  manage_master_user_password = true
  publicly_accessible         = var.public
  db_subnet_group_name        = aws_db_subnet_group.v1.name
  storage_encrypted           = true
  skip_final_snapshot         = true
}
resource "terraform_data" "p5" { input = aws_vpc.v5.id }
resource "aws_vpc" "v5" { cidr_block = "10.5.0.0/16" }
resource "aws_internet_gateway" "v5" { vpc_id = terraform_data.p5.output }
resource "aws_subnet" "v5a" {
  vpc_id            = aws_vpc.v5.id
  cidr_block        = "10.5.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "v5b" {
  vpc_id            = aws_vpc.v5.id
  cidr_block        = "10.5.2.0/24"
  availability_zone = "us-east-1b"
}
resource "aws_db_subnet_group" "v5" {
  name       = "grp-v5"
  subnet_ids = [aws_subnet.v5a.id, aws_subnet.v5b.id]
}
resource "aws_db_instance" "unknown_gateway_through_terraform_data" {
  identifier                  = "db-v5"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "dbadmin"
  manage_master_user_password = true
  publicly_accessible         = var.public
  db_subnet_group_name        = aws_db_subnet_group.v5.name
  storage_encrypted           = true
  skip_final_snapshot         = true
}
