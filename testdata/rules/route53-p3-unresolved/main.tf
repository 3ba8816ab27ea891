# AWS-R53-003: a DNSSEC resource whose hosted_zone_id the plan cannot follow could sign any
# zone, so a public zone without a followed one is Unknown, not Fail.
resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_route53_zone" "other" {
  name = "other.example.com"
}

resource "aws_route53_zone" "unknown_link" {
  name = "maybe.example.com"
}

locals {
  zones = [aws_route53_zone.unknown_link.zone_id, aws_route53_zone.other.zone_id]
}

resource "aws_route53_hosted_zone_dnssec" "maybe" {
  hosted_zone_id = local.zones[aws_eip.helper.public_ip != "" ? 0 : 1]
}
