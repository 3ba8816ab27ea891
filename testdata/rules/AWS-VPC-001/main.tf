# AWS-VPC-001: flow logs found directly, through a module argument, two modules deep, through a
# module output, and per count instance.
resource "aws_vpc" "pass_direct" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "helper_direct" {
  vpc_id               = aws_vpc.pass_direct.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

resource "aws_vpc" "pass_flow_log_in_module" {
  cidr_block = "10.1.0.0/16"
}

module "flow" {
  source = "./modules/flow"
  vpc_id = aws_vpc.pass_flow_log_in_module.id
}

resource "aws_vpc" "pass_two_modules_deep" {
  cidr_block = "10.2.0.0/16"
}

module "outer" {
  source = "./modules/outer"
  vpc_id = aws_vpc.pass_two_modules_deep.id
}

module "net" {
  source = "./modules/net"
}

resource "aws_flow_log" "helper_on_module_output" {
  vpc_id               = module.net.vpc_id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

resource "aws_vpc" "pass_counted" {
  count      = 2
  cidr_block = "10.${count.index + 10}.0.0/16"
}

resource "aws_flow_log" "helper_counted" {
  count                = 2
  vpc_id               = aws_vpc.pass_counted[count.index].id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

resource "aws_vpc" "fail_no_flow_log" {
  cidr_block = "10.3.0.0/16"
}

# Flow log on a subnet, not on the VPC: does not count for the VPC.
resource "aws_vpc" "fail_only_subnet_flow_log" {
  cidr_block = "10.4.0.0/16"
}

resource "aws_subnet" "helper" {
  vpc_id     = aws_vpc.fail_only_subnet_flow_log.id
  cidr_block = "10.4.1.0/24"
}

resource "aws_flow_log" "helper_subnet" {
  subnet_id            = aws_subnet.helper.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
