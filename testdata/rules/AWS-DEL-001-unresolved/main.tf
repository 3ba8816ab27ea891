# AWS-DEL-001: planned against seed.tfstate.json (tfplan.args). A flow log is deleted while a
# new one is created on a VPC behind a local: whether it takes the old one's place is unknown.
locals {
  vpc_id = aws_vpc.fresh.id
}

resource "aws_vpc" "main" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc" "fresh" {
  cidr_block = "10.60.0.0/16"
}

resource "aws_flow_log" "new" {
  vpc_id               = local.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
