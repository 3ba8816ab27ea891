# AWS-EVB-001 and AWS-APPSYNC-004 when a partner's link cannot be followed: which resource it
# names is decided at apply, so every resource it might name is Unknown.
resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_cloudwatch_event_bus" "blue" {
  name = "blue"
}

resource "aws_cloudwatch_event_bus" "green" {
  name = "green"
}

resource "aws_cloudwatch_event_bus_policy" "one_of" {
  event_bus_name = aws_eip.helper.public_ip != "" ? aws_cloudwatch_event_bus.blue.name : aws_cloudwatch_event_bus.green.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "events:PutEvents", Resource = "*" }]
  })
}

resource "aws_appsync_graphql_api" "blue" {
  name                = "blue"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_graphql_api" "green" {
  name                = "green"
  authentication_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl_association" "one_of" {
  resource_arn = aws_eip.helper.public_ip != "" ? aws_appsync_graphql_api.blue.arn : aws_appsync_graphql_api.green.arn
  web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/0123"
}
