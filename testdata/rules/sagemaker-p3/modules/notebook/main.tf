variable "role_arn" {
  type = string
}

variable "root_access" {
  type = string
}

variable "subnet_id" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "this" {
  name          = "module"
  role_arn      = var.role_arn
  instance_type = "ml.t3.medium"
  root_access   = var.root_access
  subnet_id     = var.subnet_id
}
