resource "aws_default_vpc" "fail_used_through_output" {
}

output "vpc_id" {
  value = aws_default_vpc.fail_used_through_output.id
}
