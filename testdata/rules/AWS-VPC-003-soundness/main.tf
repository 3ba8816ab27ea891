# AWS-VPC-003, soundness: known values, zero instances, per-instance pairing and attribute
# paths of variables decide, never a reference the value may not hold.

variable "on" {
  type    = bool
  default = false
}

variable "cfg" {
  type    = object({ route_table_ids = list(string), name = string })
  default = { route_table_ids = [], name = "endpoints" }
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "helper" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_route_table" "zero" {
  count  = 0
  vpc_id = aws_vpc.helper.id
}

resource "aws_route_table" "many" {
  count  = 2
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_endpoint" "pass_zero_and_one" {
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = concat(aws_route_table.zero[*].id, [aws_route_table.helper.id])
}

resource "aws_vpc_endpoint" "unknown_zero_only" {
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = aws_route_table.zero[*].id
}

resource "aws_vpc_endpoint" "unknown_conditional" {
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = var.on ? [aws_route_table.helper.id] : []
}

resource "aws_vpc_endpoint" "fail_variable_attribute" {
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = var.cfg.route_table_ids
}

resource "aws_vpc_endpoint" "pass_per_instance" {
  count           = 2
  vpc_id          = aws_vpc.helper.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = [aws_route_table.many[count.index].id]
}

module "ep" {
  source = "./modules/ep"
  whole  = aws_route_table.helper
  built  = { route_table_ids = [], vpc_id = aws_vpc.helper.id }
  vpc_id = aws_vpc.helper.id
}
