# AWS-KMS-003: keys used directly, from another module, exported, or not at all.
resource "aws_kms_key" "pass_used_by_log_group" {
  description = "used"
}

resource "aws_cloudwatch_log_group" "helper" {
  name       = "/fixture/kms003"
  kms_key_id = aws_kms_key.pass_used_by_log_group.arn
}

resource "aws_kms_key" "fail_unused" {
  description = "unused"
}

resource "aws_kms_alias" "helper" {
  name          = "alias/fixture-unused"
  target_key_id = aws_kms_key.fail_unused.key_id
}

resource "aws_kms_key" "pass_used_in_module" {
  description = "used in a module"
}

module "consumer" {
  source = "./modules/consumer"
  key    = aws_kms_key.pass_used_in_module.arn
}

resource "aws_kms_key" "pass_exported" {
  description = "for other stacks"
}

output "shared_key_arn" {
  value = aws_kms_key.pass_exported.arn
}
