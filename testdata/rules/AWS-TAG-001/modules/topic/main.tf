resource "aws_sns_topic" "fail_module_inherits_owner_only" {
  name = "fail-module-topic"
  tags = {
    Environment = "test"
  }
}
