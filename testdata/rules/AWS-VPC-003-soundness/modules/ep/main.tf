variable "whole" {
  type = any
}

variable "built" {
  type = any
}

variable "vpc_id" {
  type = string
}

# The route table passed in whole: its id is that route table's.
resource "aws_vpc_endpoint" "pass_whole_object" {
  vpc_id          = var.vpc_id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = [var.whole.id]
}

# An object built in HCL whose only reference is another attribute's.
resource "aws_vpc_endpoint" "unknown_object_attribute" {
  vpc_id          = var.vpc_id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = var.built.route_table_ids
}
