# AWS-SG-003 when the load balancer's security groups go through a local.
locals {
  groups = [aws_security_group.helper.id]
}

resource "aws_security_group" "helper" {
  name_prefix = "fixture-"
}

resource "aws_lb" "helper" {
  name_prefix     = "loc-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = local.groups
}

resource "aws_lb_listener" "unknown_groups_behind_local" {
  load_balancer_arn = aws_lb.helper.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}
