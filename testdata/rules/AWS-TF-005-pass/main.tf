# AWS-TF-005 (stack, opt): documented outputs for the load balancer.
resource "aws_lb" "helper" {
  name_prefix = "tf005-"
  subnets     = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

output "lb_dns_name" {
  value       = aws_lb.helper.dns_name
  description = "DNS name of the load balancer"
}
