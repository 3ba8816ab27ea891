# AWS-VPC-002: CloudWatch Logs flow logs and their delivery role's trust.
locals {
  role = aws_iam_role.helper_trusting.arn
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "helper" {
  name = "/fixture/flow-logs"
}

resource "aws_iam_role" "helper_trusting" {
  name_prefix = "flow-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "vpc-flow-logs.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "helper_wrong_trust" {
  name_prefix = "ec2-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "helper_document" {
  name_prefix        = "doc-"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_flow_log" "fail_no_role" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
}

resource "aws_flow_log" "pass_role_trusts_service" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
  iam_role_arn    = aws_iam_role.helper_trusting.arn
}

resource "aws_flow_log" "fail_role_trusts_ec2" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
  iam_role_arn    = aws_iam_role.helper_wrong_trust.arn
}

resource "aws_flow_log" "pass_trust_from_policy_document" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
  iam_role_arn    = aws_iam_role.helper_document.arn
}

resource "aws_flow_log" "pass_role_outside_plan" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
  iam_role_arn    = "arn:aws:iam::111122223333:role/flow-logs"
}

resource "aws_flow_log" "unknown_role_behind_local" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
  iam_role_arn    = local.role
}

# To S3: no role needed, not judged.
resource "aws_flow_log" "helper_s3" {
  vpc_id               = aws_vpc.helper.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

# The role is created in another module and comes back through an output.
module "role" {
  source = "./modules/role"
}

resource "aws_flow_log" "pass_role_from_module_output" {
  vpc_id          = aws_vpc.helper.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.helper.arn
  iam_role_arn    = module.role.arn
}
