# AWS-VPC-011: resources named fail_*, pass_*, unknown_* are judged so; helper_* are not judged.
variable "public" {
  default = true
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_subnet" "fail_public_ip" {
  vpc_id                  = aws_vpc.helper.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "fail_public_ip_from_var" {
  vpc_id                  = aws_vpc.helper.id
  cidr_block              = "10.0.2.0/24"
  map_public_ip_on_launch = var.public
}

# Unset: AWS's default is false.
resource "aws_subnet" "pass_default" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.3.0/24"
}

resource "aws_subnet" "pass_explicit_false" {
  vpc_id                  = aws_vpc.helper.id
  cidr_block              = "10.0.4.0/24"
  map_public_ip_on_launch = false
}

resource "aws_subnet" "unknown_from_eip" {
  vpc_id                  = aws_vpc.helper.id
  cidr_block              = "10.0.5.0/24"
  map_public_ip_on_launch = aws_eip.helper.public_ip != ""
}

module "subnet" {
  source = "./modules/subnet"
  vpc_id = aws_vpc.helper.id
  public = var.public
}
