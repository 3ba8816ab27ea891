# AWS-TF-002 (stack, opt): a literal region and no aws_region variable.
provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "helper" {
  name = "tf002"
}
