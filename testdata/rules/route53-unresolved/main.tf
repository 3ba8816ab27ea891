# AWS-R53-001: a query log whose zone_id the plan cannot follow could log any zone, so a public
# zone without a followed query log is Unknown, not Fail.
resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example"
  retention_in_days = 30
}

resource "aws_route53_zone" "other" {
  name = "other.example.com"
}

# The query log's zone_id goes through a local with a choice the plan cannot follow.
resource "aws_route53_zone" "unknown_link" {
  name = "maybe.example.com"
}

locals {
  zones = [aws_route53_zone.unknown_link.zone_id, aws_route53_zone.other.zone_id]
}

resource "aws_route53_query_log" "maybe" {
  zone_id                  = local.zones[length(aws_cloudwatch_log_group.dns.arn) > 0 ? 0 : 1]
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
}

