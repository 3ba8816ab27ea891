# AWS-GD-001: a route counts only when GuardDuty's findings reach it: an enabled rule, on the
# default event bus, of the detector's region, whose pattern matches "GuardDuty Finding".
# One detector per region (GuardDuty allows one).
variable "rule_state" {
  type    = string
  default = "DISABLED"
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "ap"
  region = "ap-south-1"
}

provider "aws" {
  alias  = "eu2"
  region = "eu-central-1"
}

provider "aws" {
  alias  = "sa"
  region = "sa-east-1"
}

resource "aws_guardduty_detector" "fail_disabled_rule" {
  enable = true
}

resource "aws_sns_topic" "helper_disabled" {
  name = "guardduty-disabled"
}

resource "aws_cloudwatch_event_rule" "helper_disabled" {
  name          = "guardduty-disabled"
  event_pattern = jsonencode({ source = ["aws.guardduty"], "detail-type" = ["GuardDuty Finding"] })
  state         = var.rule_state
}

resource "aws_cloudwatch_event_target" "helper_disabled" {
  rule = aws_cloudwatch_event_rule.helper_disabled.name
  arn  = aws_sns_topic.helper_disabled.arn
}

resource "aws_cloudwatch_event_bus" "helper" {
  provider = aws.west
  name     = "security"
}

resource "aws_guardduty_detector" "fail_custom_bus" {
  provider = aws.west
  enable   = true
}

resource "aws_sns_topic" "helper_custom_bus" {
  provider = aws.west
  name     = "guardduty-custom-bus"
}

resource "aws_cloudwatch_event_rule" "helper_custom_bus" {
  provider       = aws.west
  name           = "guardduty-custom-bus"
  event_pattern  = jsonencode({ source = ["aws.guardduty"], "detail-type" = ["GuardDuty Finding"] })
  event_bus_name = aws_cloudwatch_event_bus.helper.name
}

resource "aws_cloudwatch_event_target" "helper_custom_bus" {
  provider       = aws.west
  rule           = aws_cloudwatch_event_rule.helper_custom_bus.name
  arn            = aws_sns_topic.helper_custom_bus.arn
  event_bus_name = aws_cloudwatch_event_rule.helper_custom_bus.event_bus_name
}

resource "aws_guardduty_detector" "fail_wrong_detail_type" {
  provider = aws.eu
  enable   = true
}

resource "aws_sns_topic" "helper_wrong_detail" {
  provider = aws.eu
  name     = "guardduty-wrong-detail"
}

resource "aws_cloudwatch_event_rule" "helper_wrong_detail" {
  provider      = aws.eu
  name          = "guardduty-wrong-detail"
  event_pattern = jsonencode({ source = ["aws.guardduty"], "detail-type" = ["AWS API Call via CloudTrail"] })
}

resource "aws_cloudwatch_event_target" "helper_wrong_detail" {
  provider = aws.eu
  rule     = aws_cloudwatch_event_rule.helper_wrong_detail.name
  arn      = aws_sns_topic.helper_wrong_detail.arn
}

resource "aws_guardduty_detector" "fail_route_in_other_region" {
  provider = aws.ap
  enable   = true
}

resource "aws_sns_topic" "helper_other_region" {
  provider = aws.eu2
  name     = "guardduty-other-region"
}

resource "aws_cloudwatch_event_rule" "helper_other_region" {
  provider      = aws.eu2
  name          = "guardduty-other-region"
  event_pattern = jsonencode({ source = ["aws.guardduty"], "detail-type" = ["GuardDuty Finding"] })
}

resource "aws_cloudwatch_event_target" "helper_other_region" {
  provider = aws.eu2
  rule     = aws_cloudwatch_event_rule.helper_other_region.name
  arn      = aws_sns_topic.helper_other_region.arn
}

resource "aws_guardduty_detector" "pass_routed" {
  provider = aws.sa
  enable   = true
}

resource "aws_sns_topic" "helper_routed" {
  provider = aws.sa
  name     = "guardduty-routed"
}

resource "aws_cloudwatch_event_rule" "helper_routed" {
  provider      = aws.sa
  name          = "guardduty-routed"
  event_pattern = jsonencode({ source = ["aws.guardduty"], "detail-type" = ["GuardDuty Finding"] })
}

resource "aws_cloudwatch_event_target" "helper_routed" {
  provider = aws.sa
  rule     = aws_cloudwatch_event_rule.helper_routed.name
  arn      = aws_sns_topic.helper_routed.arn
}
