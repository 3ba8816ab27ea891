# Last P3 rows: EC2_DEFAULT_SG (AWS-EC2-027), VPC_ENDPOINT_DNS (AWS-VPC-020),
# EC2_DLM_ENCRYPTION (AWS-EC2-028).
variable "group_names" {
  type    = list(string)
  default = ["default"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_default_security_group" "d" {
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_network_interface" "eni" {
  subnet_id = aws_subnet.a.id
}

# ---- AWS-EC2-027: instance in the VPC default security group
resource "aws_instance" "in_default_group" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_default_security_group.d.id]
}

resource "aws_instance" "vpc_default_group_id" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_vpc.main.default_security_group_id]
}

resource "aws_instance" "no_groups" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.a.id
}

resource "aws_instance" "default_by_name_var" {
  ami             = "ami-0abcdef1234567890"
  instance_type   = "t3.micro"
  security_groups = var.group_names
}

resource "aws_instance" "custom_group" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.web.id]
}

resource "aws_instance" "external_group" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}

resource "aws_instance" "group_after_apply" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = aws_eip.helper.public_ip != "" ? [aws_security_group.web.id] : [aws_default_security_group.d.id]
}

resource "aws_instance" "with_eni" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  network_interface {
    network_interface_id = aws_network_interface.eni.id
    device_index         = 0
  }
}

module "default_via_module" {
  source    = "./modules/inst"
  subnet_id = aws_subnet.a.id
  sg_ids    = [aws_default_security_group.d.id]
}

module "custom_via_module" {
  source    = "./modules/inst"
  subnet_id = aws_subnet.a.id
  sg_ids    = [aws_security_group.web.id]
}
