# AWS-TF-003 (stack, opt): a resource of a provider other than hashicorp/aws.
resource "aws_sqs_queue" "helper" {
  name = "tf003"
}

resource "terraform_data" "helper" {
  input = "x"
}
