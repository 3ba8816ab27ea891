# AWS-SNS-001: topic access policies, inline or as a policy resource.
resource "aws_sns_topic" "pass_policy_resource" {
  name = "sns001-resource"
}

resource "aws_sns_topic_policy" "helper" {
  arn = aws_sns_topic.pass_policy_resource.arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "cloudwatch.amazonaws.com" }, Action = "sns:Publish", Resource = "*" }]
  })
}

resource "aws_sns_topic" "pass_inline_policy" {
  name = "sns001-inline"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sns:Publish", Resource = "*" }]
  })
}

resource "aws_sns_topic" "fail_default_policy" {
  name = "sns001-default"
}
