# AWS-REG-001 (stack): both regions carry the same types; IAM is global and does not count.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "primary" {
  vpc_id     = aws_vpc.primary.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "primary" {
  vpc_id = aws_vpc.primary.id
}

resource "aws_vpc" "secondary" {
  provider   = aws.secondary
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "secondary" {
  provider   = aws.secondary
  vpc_id     = aws_vpc.secondary.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_security_group" "secondary" {
  provider = aws.secondary
  vpc_id   = aws_vpc.secondary.id
}

resource "aws_iam_role" "global" {
  name_prefix = "global-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}
