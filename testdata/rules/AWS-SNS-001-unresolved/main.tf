# AWS-SNS-001 when the policy resource's topic goes through a local.
locals {
  topic = aws_sns_topic.unknown_behind_local.arn
}

resource "aws_sns_topic" "unknown_behind_local" {
  name = "sns001-local"
}

resource "aws_sns_topic_policy" "helper" {
  arn = local.topic
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "cloudwatch.amazonaws.com" }, Action = "sns:Publish", Resource = "*" }]
  })
}
