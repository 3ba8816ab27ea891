# AWS-TF-008 (stack): a whole plan.
resource "aws_sqs_queue" "helper" {
  name = "tf008"
}
