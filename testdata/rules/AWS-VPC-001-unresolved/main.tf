# AWS-VPC-001 when a flow log's vpc_id goes through a local: the plan cannot say which VPC it
# watches, so a VPC without a known flow log is Unknown, not Fail.
locals {
  watched = aws_vpc.unknown_behind_local.id
}

resource "aws_vpc" "unknown_behind_local" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "pass_direct" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "helper_local" {
  vpc_id               = local.watched
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

resource "aws_flow_log" "helper_direct" {
  vpc_id               = aws_vpc.pass_direct.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
