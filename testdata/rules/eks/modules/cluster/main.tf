variable "role_arn" {
  type = string
}

variable "log_types" {
  type = list(string)
}

variable "public_cidrs" {
  type = list(string)
}

resource "aws_eks_cluster" "this" {
  name                      = "from-module"
  role_arn                  = var.role_arn
  version                   = "1.36"
  enabled_cluster_log_types = var.log_types
  vpc_config {
    subnet_ids          = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    public_access_cidrs = var.public_cidrs
  }
}
