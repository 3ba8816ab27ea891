# AWS-VPC-001, soundness: a flow log on a VPC looked up at apply by tags may be on any VPC
# the plan creates: Unknown, not Fail and not Pass.

resource "aws_vpc" "unknown_maybe_looked_up" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = "main" }
}

data "aws_vpc" "helper" {
  tags = { Name = aws_vpc.unknown_maybe_looked_up.arn }
}

resource "aws_flow_log" "helper" {
  vpc_id               = data.aws_vpc.helper.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}
