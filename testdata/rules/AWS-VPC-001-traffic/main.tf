# AWS-VPC-001: the flow log must record rejected traffic (ALL or REJECT); one of accepted
# traffic only misses scans and blocked attempts (fourth adversarial review: it passed).
resource "aws_s3_bucket" "logs" {
  bucket = "tfaudit-vpc001-traffic-logs"
}

resource "aws_vpc" "fail_accept_only" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "accept_only" {
  vpc_id               = aws_vpc.fail_accept_only.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.logs.arn
}

resource "aws_vpc" "pass_reject" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_flow_log" "reject" {
  vpc_id               = aws_vpc.pass_reject.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.logs.arn
}

resource "aws_vpc" "unknown_type" {
  cidr_block = "10.3.0.0/16"
}

resource "aws_flow_log" "type_at_apply" {
  vpc_id               = aws_vpc.unknown_type.id
  traffic_type         = aws_s3_bucket.logs.id != "" ? "ALL" : "ACCEPT"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.logs.arn
}

# Through a module: the traffic type comes from the caller.
resource "aws_vpc" "fail_from_module" {
  cidr_block = "10.4.0.0/16"
}

module "flow" {
  source       = "./modules/flow"
  vpc_id       = aws_vpc.fail_from_module.id
  traffic_type = "ACCEPT"
  destination  = aws_s3_bucket.logs.arn
}
