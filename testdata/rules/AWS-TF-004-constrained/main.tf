# AWS-TF-004: the provider version is constrained (expected.tsv); the built-in terraform
# provider (terraform_data) is not judged.
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

resource "terraform_data" "helper" {
  input = "x"
}
