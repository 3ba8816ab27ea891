# AWS-VPC-006: route tables with and without associations, one associated from a module.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "helper" {
  count      = 2
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.${count.index}.0/24"
}

resource "aws_route_table" "pass_subnet_association" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_route_table_association" "helper" {
  subnet_id      = aws_subnet.helper[0].id
  route_table_id = aws_route_table.pass_subnet_association.id
}

resource "aws_route_table" "pass_main" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_main_route_table_association" "helper" {
  vpc_id         = aws_vpc.helper.id
  route_table_id = aws_route_table.pass_main.id
}

resource "aws_route_table" "pass_associated_in_module" {
  vpc_id = aws_vpc.helper.id
}

module "assoc" {
  source         = "./modules/assoc"
  subnet_id      = aws_subnet.helper[1].id
  route_table_id = aws_route_table.pass_associated_in_module.id
}

resource "aws_route_table" "fail_unassociated" {
  vpc_id = aws_vpc.helper.id
}
