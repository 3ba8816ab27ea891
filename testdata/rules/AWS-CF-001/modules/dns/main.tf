resource "aws_route53_zone" "this" {
  name = "internal.example.net"
}

output "zone_name" {
  value = aws_route53_zone.this.name
}
