# AWS-R53-001: public hosted zones have query logging.
variable "zone_name" {
  type    = string
  default = "example.org"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example"
  retention_in_days = 30
}

resource "aws_route53_zone" "fail_public_unlogged" {
  name = "unlogged.example.com"
}

resource "aws_route53_zone" "pass_public_logged" {
  name = "logged.example.com"
}

resource "aws_route53_query_log" "logged" {
  zone_id                  = aws_route53_zone.pass_public_logged.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
}

# Private zones are not judged: Route 53 query logging is for public zones.
resource "aws_route53_zone" "private" {
  name = "internal.example.com"
  vpc {
    vpc_id = aws_vpc.main.id
  }
}

module "zone" {
  source = "./modules/zone"
  name   = var.zone_name
}
