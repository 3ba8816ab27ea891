variable "zone_id" {
  type = string
}

resource "aws_route53_hosted_zone_dnssec" "this" {
  hosted_zone_id = var.zone_id
}
