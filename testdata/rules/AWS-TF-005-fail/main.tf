# AWS-TF-005 (stack, opt): an undocumented output, and none for the load balancer.
resource "aws_lb" "helper" {
  name_prefix = "tf005-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_sqs_queue" "helper" {
  name = "tf005"
}

output "queue" {
  value = aws_sqs_queue.helper.arn
}
