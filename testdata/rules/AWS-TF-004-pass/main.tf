# AWS-TF-004 (stack): the provider version is constrained.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

resource "aws_sqs_queue" "helper" {
  name = "tf004"
}
