# AWS-VPC-004: subnets of one block spread over zones, judged per block.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "pass_three_zones" {
  count             = 3
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.${count.index}.0/24"
  availability_zone = ["us-east-1a", "us-east-1b", "us-east-1c"][count.index]
}

resource "aws_subnet" "fail_index_arithmetic" {
  count             = 3
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.${count.index + 10}.0/24"
  availability_zone = ["us-east-1a", "us-east-1b"][count.index % 2]
}

resource "aws_subnet" "pass_two_zones" {
  count             = 2
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.${count.index + 20}.0/24"
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_subnet" "fail_for_each_same_zone" {
  for_each          = { x = "10.0.30.0/24", y = "10.0.31.0/24" }
  vpc_id            = aws_vpc.helper.id
  cidr_block        = each.value
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "unknown_zone_left_to_aws" {
  count      = 2
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.${count.index + 40}.0/24"
}
