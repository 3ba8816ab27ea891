# AWS-TF-004 (stack): no required_providers version.
resource "aws_sqs_queue" "helper" {
  name = "tf004"
}
