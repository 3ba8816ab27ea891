# AWS-EC2-001: instance profiles on instances and launch templates.
locals {
  profile = aws_iam_instance_profile.helper.name
}

resource "aws_iam_role" "helper" {
  name_prefix = "ec2-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_instance_profile" "helper" {
  name_prefix = "ec2-"
  role        = aws_iam_role.helper.name
}

resource "aws_instance" "pass_profile_reference" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.helper.name
}

resource "aws_instance" "pass_profile_literal" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "existing-profile"
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

resource "aws_launch_template" "pass_template_profile" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  iam_instance_profile {
    name = aws_iam_instance_profile.helper.name
  }
}

resource "aws_launch_template" "fail_template_no_profile" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "unknown_template_profile_behind_local" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  iam_instance_profile {
    name = local.profile
  }
}

# Used by an EKS managed node group, which supplies the node role: not judged.
resource "aws_launch_template" "helper_eks_nodes" {
  instance_type = "t3.medium"
}

resource "aws_iam_role" "helper_eks" {
  name_prefix = "eks-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = ["eks.amazonaws.com", "ec2.amazonaws.com"] } }]
  })
}

resource "aws_eks_cluster" "helper" {
  name     = "fixture"
  role_arn = aws_iam_role.helper_eks.arn
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_eks_node_group" "helper" {
  cluster_name  = aws_eks_cluster.helper.name
  node_role_arn = aws_iam_role.helper_eks.arn
  subnet_ids    = ["subnet-0123456789abcdef0"]
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
  launch_template {
    id      = aws_launch_template.helper_eks_nodes.id
    version = "$Latest"
  }
}
