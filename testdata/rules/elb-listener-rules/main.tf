# AWS-ELB-002 with listener rules (tests/rules.rs, expected.tsv): the default action redirects
# to HTTPS, but a rule may still serve plain HTTP.

variable "rule_action" {
  default = "forward"
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.helper.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = [aws_subnet.a.id, aws_subnet.b.id]
}

resource "aws_lb_target_group" "app" {
  name     = "app"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.helper.id
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# Redirect by default, and no rule: pass.
resource "aws_lb_listener" "redirect_only" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

# Redirect by default, but a rule forwards /api over plain HTTP: fail.
resource "aws_lb_listener" "rule_forwards" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "api_forward" {
  listener_arn = aws_lb_listener.rule_forwards.arn
  action {
    type             = var.rule_action
    target_group_arn = aws_lb_target_group.app.arn
  }
  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}

# Redirect by default; the rule's action type is known only at apply: unknown.
resource "aws_lb_listener" "rule_unknown" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "unknown_action" {
  listener_arn = aws_lb_listener.rule_unknown.arn
  action {
    type = aws_eip.helper.public_ip != "" ? "fixed-response" : "forward"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
    target_group_arn = aws_lb_target_group.app.arn
  }
  condition {
    path_pattern {
      values = ["/old/*"]
    }
  }
}

# A rule that answers with a fixed response: still no plain HTTP content; pass.
resource "aws_lb_listener" "rule_fixed" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8082
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener_rule" "fixed" {
  listener_arn = aws_lb_listener.rule_fixed.arn
  action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
  condition {
    path_pattern {
      values = ["/gone/*"]
    }
  }
}
