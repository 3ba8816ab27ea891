# AWS-STACK-001 (stack, opt): aws_cloudtrail is required (tfaudit.toml) and missing.
resource "aws_sqs_queue" "helper" {
  name = "stack001"
}
