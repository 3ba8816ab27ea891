# AWS-SG-003, values compared by meaning: protocols by their equivalents ("6" and "TCP" are
# tcp, "ALL" and "all" are every protocol) and ports as ranges; a UDP or ICMP rule whose range
# covers the number admits no TCP listener. One load balancer per security group.
resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "helper_udp_everything" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_security_group_rule" "helper_udp_everything" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "udp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.helper_udp_everything.id
}

resource "aws_lb" "helper_udp_everything" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_udp_everything.id]
}

resource "aws_lb_listener" "fail_udp_rule_does_not_admit_tcp" {
  load_balancer_arn = aws_lb.helper_udp_everything.arn
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

resource "aws_security_group" "helper_icmp_range" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_security_group_ingress_rule" "helper_icmp_range" {
  security_group_id = aws_security_group.helper_icmp_range.id
  ip_protocol       = "icmp"
  from_port         = 0
  to_port           = 255
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_lb" "helper_icmp_range" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_icmp_range.id]
}

resource "aws_lb_listener" "fail_icmp_types_are_not_ports" {
  load_balancer_arn = aws_lb.helper_icmp_range.arn
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

resource "aws_security_group" "helper_tcp_as_number" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_security_group_ingress_rule" "helper_tcp_as_number" {
  security_group_id = aws_security_group.helper_tcp_as_number.id
  ip_protocol       = "6"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_lb" "helper_tcp_as_number" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_tcp_as_number.id]
}

resource "aws_lb_listener" "pass_tcp_spelled_as_number" {
  load_balancer_arn = aws_lb.helper_tcp_as_number.arn
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

resource "aws_security_group" "helper_tcp_upper" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_security_group_ingress_rule" "helper_tcp_upper" {
  security_group_id = aws_security_group.helper_tcp_upper.id
  ip_protocol       = "TCP"
  from_port         = 8000
  to_port           = 8100
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_lb" "helper_tcp_upper" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_tcp_upper.id]
}

resource "aws_lb_listener" "pass_tcp_upper_case_range" {
  load_balancer_arn = aws_lb.helper_tcp_upper.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_security_group" "helper_tcp_range_misses" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 8000
    to_port     = 8079
    protocol    = 6
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "helper_tcp_range_misses" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_tcp_range_misses.id]
}

resource "aws_lb_listener" "fail_tcp_range_stops_short" {
  load_balancer_arn = aws_lb.helper_tcp_range_misses.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_security_group" "helper_all_caps" {
  vpc_id = aws_vpc.helper.id
}

resource "aws_vpc_security_group_ingress_rule" "helper_all_caps" {
  security_group_id = aws_security_group.helper_all_caps.id
  ip_protocol       = "ALL"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_lb" "helper_all_caps" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_all_caps.id]
}

resource "aws_lb_listener" "pass_all_protocols_as_ALL" {
  load_balancer_arn = aws_lb.helper_all_caps.arn
  port              = 8443
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_security_group" "helper_all_word" {
  vpc_id = aws_vpc.helper.id
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "all"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "helper_all_word" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_all_word.id]
}

resource "aws_lb_listener" "pass_all_protocols_zero_ports" {
  load_balancer_arn = aws_lb.helper_all_word.arn
  port              = 9000
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_security_group" "helper_module" {
  vpc_id = aws_vpc.helper.id
}

module "ingress" {
  source            = "./modules/ingress"
  security_group_id = aws_security_group.helper_module.id
  protocol          = 6
  ports             = [440, 450]
}

resource "aws_lb" "helper_module" {
  name_prefix     = "lb-"
  subnets         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  security_groups = [aws_security_group.helper_module.id]
}

resource "aws_lb_listener" "pass_rule_from_module_args" {
  load_balancer_arn = aws_lb.helper_module.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener" "fail_port_outside_module_range" {
  load_balancer_arn = aws_lb.helper_module.arn
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
