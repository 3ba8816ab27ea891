# AWS-VPC-005: zones against the provider configuration's region.
variable "region" {
  default = "us-east-1"
}

variable "zones" {
  default = ["us-east-1a", "us-east-1b"]
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "helper_west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "fail_zone_of_other_region" {
  provider          = aws.west
  vpc_id            = aws_vpc.helper_west.id
  cidr_block        = "10.1.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "fail_literal_zone" {
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_subnet" "fail_variable_default" {
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = var.zones[0]
}

resource "aws_subnet" "pass_built_from_region" {
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "${var.region}c"
}

resource "aws_subnet" "helper_zone_left_to_aws" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.3.0/24"
}

resource "aws_subnet" "unknown_zone_of_other_subnet" {
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.4.0/24"
  availability_zone = aws_subnet.helper_zone_left_to_aws.availability_zone
}

resource "aws_instance" "fail_instance_zone_of_other_region" {
  provider          = aws.west
  ami               = "ami-0123456789abcdef0"
  instance_type     = "t3.micro"
  availability_zone = "us-east-1c"
}
