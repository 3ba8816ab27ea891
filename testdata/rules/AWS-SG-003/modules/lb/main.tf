variable "security_groups" {
  type = list(string)
}

resource "aws_lb" "this" {
  name_prefix     = "mod-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = var.security_groups
}

output "arn" {
  value = aws_lb.this.arn
}
