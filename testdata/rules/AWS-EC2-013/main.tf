# AWS-EC2-013: no public IP on instances, launch templates and launch configurations.
variable "public" {
  type    = bool
  default = true
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "helper_public" {
  vpc_id                  = aws_vpc.helper.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "helper_private" {
  vpc_id     = aws_vpc.helper.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_instance" "pass_false" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

resource "aws_instance" "fail_true" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}

resource "aws_instance" "fail_from_variable" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public
}

# Unset: the subnet's map_public_ip_on_launch decides.
resource "aws_instance" "fail_public_subnet" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.helper_public.id
}

resource "aws_instance" "pass_private_subnet" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.helper_private.id
}

resource "aws_instance" "unknown_subnet_outside_plan" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
}

resource "aws_instance" "unknown_computed" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = aws_vpc.helper.id == ""
}

resource "aws_launch_template" "pass_template_false" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  network_interfaces {
    associate_public_ip_address = false
  }
}

resource "aws_launch_template" "fail_template_true" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  network_interfaces {
    associate_public_ip_address = true
  }
}

# The Auto Scaling group's subnets decide.
resource "aws_launch_template" "unknown_template_unset" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "pass_lc_false" {
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

resource "aws_launch_configuration" "fail_lc_true" {
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}

variable "no_public_ip" {
  type    = bool
  default = false
}

# In a private subnet without a public IP of its own, but given an Elastic IP.
resource "aws_instance" "fail_elastic_ip" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.helper_private.id
  associate_public_ip_address = var.no_public_ip
}

resource "aws_eip" "helper_for_instance" {
  domain   = "vpc"
  instance = aws_instance.fail_elastic_ip.id
}

resource "aws_instance" "fail_elastic_ip_association" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.helper_private.id
}

resource "aws_eip" "helper_associated" {
  domain = "vpc"
}

resource "aws_eip_association" "helper" {
  allocation_id = aws_eip.helper_associated.id
  instance_id   = aws_instance.fail_elastic_ip_association.id
}
