# F03 provider credentials: AWS-TF-009. The root provider gets the offline planner's mock
# credentials ("mock": not AWS credentials); module provider blocks hold AWS's documented
# example key (a literal AWS credential) or a module variable.

provider "aws" {
  region = "us-east-1"
}

module "static" {
  source = "./modules/static"
}

module "from_var" {
  source     = "./modules/from_var"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

resource "aws_sqs_queue" "root" {
  name = "root"
}

locals {
  access_key = "AKIA${upper("iosfodnn7example")}"
}

module "from_local" {
  source     = "./modules/from_local"
  access_key = local.access_key
}
