# AWS-TF-003 (stack, opt): only hashicorp/aws.
resource "aws_sqs_queue" "helper" {
  name = "tf003"
}
