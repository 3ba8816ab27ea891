# EKS fixtures: AWS-EKS-001 (control-plane logging), AWS-EKS-002 (public endpoint open to
# 0.0.0.0/0), AWS-EKS-003 (public endpoint), AWS-EKS-004 (secrets encryption), AWS-EKS-005
# (Kubernetes version: 1.29 is past even extended support; 1.36 is newer than the calendar).
variable "encrypted_resources" {
  type    = list(string)
  default = ["secrets"]
}

resource "aws_kms_key" "eks" {
  description = "eks"
}

resource "aws_iam_role" "eks" {
  name = "eks-cluster"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "eks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# Nothing set: public endpoint open to 0.0.0.0/0, no logs, no encryption, default version.
resource "aws_eks_cluster" "defaults" {
  name     = "defaults"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_eks_cluster" "hardened" {
  name                      = "hardened"
  role_arn                  = aws_iam_role.eks.arn
  version                   = "1.36"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "public_restricted" {
  name                      = "public-restricted"
  role_arn                  = aws_iam_role.eks.arn
  version                   = "1.29"
  enabled_cluster_log_types = ["audit"]
  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24"]
  }
  encryption_config {
    resources = var.encrypted_resources
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "unknowns" {
  name                      = "unknowns"
  role_arn                  = aws_iam_role.eks.arn
  version                   = aws_kms_key.eks.arn != "" ? "1.36" : "1.29"
  enabled_cluster_log_types = aws_kms_key.eks.arn != "" ? ["api", "audit", "authenticator", "controllerManager", "scheduler"] : []
  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_public_access = aws_kms_key.eks.arn != ""
  }
  encryption_config {
    resources = aws_kms_key.eks.arn != "" ? ["secrets"] : []
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

module "cluster" {
  source       = "./modules/cluster"
  role_arn     = aws_iam_role.eks.arn
  log_types    = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  public_cidrs = ["0.0.0.0/0"]
}
