# AWS-EKS-002: halves of the internet are the internet (sixth adversarial review: they passed).
variable "halves" {
  type    = list(string)
  default = ["0.0.0.0/1", "128.0.0.0/1"]
}

resource "aws_eks_cluster" "fail_halves" {
  name     = "eks002-halves"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_public_access = true
    public_access_cidrs    = var.halves
  }
}

resource "aws_eks_cluster" "pass_office" {
  name     = "eks002-office"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24"]
  }
}
