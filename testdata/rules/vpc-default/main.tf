# AWS-VPC-015: workloads placed in the default VPC. One default VPC per region, so each case
# has its own provider configuration.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "ap"
  region = "ap-southeast-2"
}

# A security group in the default VPC.
resource "aws_default_vpc" "fail_security_group_in_it" {
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_default_vpc.fail_security_group_in_it.id
}

# Adopted only to be locked down and logged: passes.
resource "aws_default_vpc" "pass_locked_down" {
  provider = aws.west
}

resource "aws_default_security_group" "west" {
  provider = aws.west
  vpc_id   = aws_default_vpc.pass_locked_down.id
}

resource "aws_default_network_acl" "west" {
  provider               = aws.west
  default_network_acl_id = aws_default_vpc.pass_locked_down.default_network_acl_id
}

resource "aws_cloudwatch_log_group" "flow" {
  provider = aws.west
  name     = "default-vpc-flow"
}

resource "aws_iam_role" "flow" {
  name = "default-vpc-flow"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "vpc-flow-logs.amazonaws.com" } }]
  })
}

resource "aws_flow_log" "west" {
  provider        = aws.west
  vpc_id          = aws_default_vpc.pass_locked_down.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = aws_iam_role.flow.arn
}

# An instance in one of the default VPC's default subnets.
resource "aws_default_vpc" "fail_instance_in_default_subnet" {
  provider = aws.eu
}

resource "aws_default_subnet" "eu_a" {
  provider          = aws.eu
  availability_zone = "eu-west-1a"
}

resource "aws_instance" "eu" {
  provider      = aws.eu
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_default_subnet.eu_a.id
}

# Adopted in a module, used through the module's output.
module "adopt" {
  source = "./modules/adopt"
  providers = {
    aws = aws.ap
  }
}

resource "aws_vpc_endpoint" "s3" {
  provider     = aws.ap
  vpc_id       = module.adopt.vpc_id
  service_name = "com.amazonaws.ap-southeast-2.s3"
}
