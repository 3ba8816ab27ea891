# AWS-TF-004: no required_providers version; reported on each aws provider configuration
# (expected.tsv), never on Terraform's built-in provider (terraform_data).
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_sqs_queue" "helper" {
  name = "tf004"
}

resource "aws_sqs_queue" "helper_west" {
  provider = aws.west
  name     = "tf004-west"
}

resource "terraform_data" "helper" {
  input = "x"
}
