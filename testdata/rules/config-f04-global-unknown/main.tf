# AWS-CFG-002: whether any recorder records global types is known only at apply.
resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_config_configuration_recorder" "global_at_apply" {
  name     = "global-at-apply"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = aws_sqs_queue.helper.arn != ""
  }
}

resource "aws_config_configuration_recorder" "no_global" {
  name     = "no-global"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = false
  }
}
