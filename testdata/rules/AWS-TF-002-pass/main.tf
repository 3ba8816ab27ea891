# AWS-TF-002 (stack, opt): the provider's region is var.aws_region.
variable "aws_region" {
  default = "us-east-1"
}

provider "aws" {
  region = var.aws_region
}

resource "aws_sqs_queue" "helper" {
  name = "tf002"
}
