# AWS-VPC-001, soundness: a flow log on a data source looked up by the VPC's ID covers it; a
# known null beats the reference of a conditional; a whole resource passed to a module is it.

variable "on" {
  type    = bool
  default = false
}

resource "aws_vpc" "pass_via_data" {
  cidr_block = "10.0.0.0/16"
}

data "aws_vpc" "helper" {
  id = aws_vpc.pass_via_data.id
}

resource "aws_flow_log" "helper_via_data" {
  vpc_id               = data.aws_vpc.helper.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_vpc" "fail_known_null" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "helper_known_null" {
  vpc_id               = var.on ? aws_vpc.fail_known_null.id : null
  eni_id               = "eni-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_vpc" "pass_whole_to_module" {
  cidr_block = "10.2.0.0/16"
}

module "fl" {
  source = "./modules/fl"
  net    = aws_vpc.pass_whole_to_module
}
