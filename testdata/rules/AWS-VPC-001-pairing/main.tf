# AWS-VPC-001, soundness: instances pair exactly (count.index, each.key), or the link is
# Unknown; never a flow log on "every instance".

resource "aws_vpc" "pass_many" {
  count      = 2
  cidr_block = "10.${count.index}.0.0/16"
}

# Three flow logs on two VPCs: the third's VPC cannot be paired.
resource "aws_flow_log" "helper_paired" {
  count                = 3
  vpc_id               = element(aws_vpc.pass_many[*].id, count.index)
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_vpc" "pass_by_each_value" {
  count      = 2
  cidr_block = "10.${count.index + 10}.0.0/16"
}

# `aws_vpc.x[each.value]` passed to a module: the index is the element's known value.
module "fl" {
  source   = "./modules/fl"
  for_each = { a = 0, b = 1 }
  vpc_id   = aws_vpc.pass_by_each_value[each.value].id
}

resource "aws_vpc" "unknown_through_variable" {
  count      = 2
  cidr_block = "10.${count.index + 30}.0.0/16"
}

# A list passed to a module and indexed there by count.index: the list may have been sliced
# or reordered on the way, which the plan's references do not show.
module "flv" {
  source  = "./modules/flv"
  vpc_ids = aws_vpc.unknown_through_variable[*].id
}

resource "aws_vpc" "unknown_other" {
  cidr_block = "10.20.0.0/16"
}
