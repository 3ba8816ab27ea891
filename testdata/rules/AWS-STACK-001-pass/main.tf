# AWS-STACK-001 (stack, opt): the required types (tfaudit.toml) are all present.
resource "aws_sqs_queue" "helper" {
  name = "stack001"
}

resource "aws_sns_topic" "helper" {
  name = "stack001"
}
