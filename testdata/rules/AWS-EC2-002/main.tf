# AWS-EC2-002: instance → instance profile → role → SSM permissions.
locals {
  profile = aws_iam_instance_profile.helper_managed.name
}

resource "aws_iam_role" "helper_managed" {
  name_prefix = "managed-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "helper_managed" {
  role       = aws_iam_role.helper_managed.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "helper_managed" {
  name_prefix = "managed-"
  role        = aws_iam_role.helper_managed.name
}

resource "aws_iam_role" "helper_inline" {
  name_prefix = "inline-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "helper_inline" {
  role = aws_iam_role.helper_inline.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ssm:UpdateInstanceInformation", "ssmmessages:*", "ec2messages:*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_instance_profile" "helper_inline" {
  name_prefix = "inline-"
  role        = aws_iam_role.helper_inline.name
}

resource "aws_iam_role" "helper_no_ssm" {
  name_prefix = "nossm-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "helper_no_ssm" {
  role = aws_iam_role.helper_no_ssm.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::example/*" }]
  })
}

resource "aws_iam_instance_profile" "helper_no_ssm" {
  name_prefix = "nossm-"
  role        = aws_iam_role.helper_no_ssm.name
}

resource "aws_instance" "pass_managed_policy" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.helper_managed.name
}

resource "aws_instance" "pass_inline_policy" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.helper_inline.name
}

resource "aws_instance" "fail_role_without_ssm" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.helper_no_ssm.name
}

resource "aws_instance" "fail_no_profile" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "unknown_profile_behind_local" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = local.profile
}

resource "aws_launch_template" "pass_template_managed" {
  image_id = "ami-0123456789abcdef0"
  iam_instance_profile {
    arn = aws_iam_instance_profile.helper_managed.arn
  }
}

# Profile, role and attachment in another module, passed back through an output.
module "profile" {
  source = "./modules/profile"
}

resource "aws_instance" "pass_profile_from_module" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = module.profile.name
}
