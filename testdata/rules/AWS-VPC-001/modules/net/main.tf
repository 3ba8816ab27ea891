resource "aws_vpc" "pass_from_module_output" {
  cidr_block = "10.5.0.0/16"
}

output "vpc_id" {
  value = aws_vpc.pass_from_module_output.id
}
