# F10 ELB rules: AWS-ELB-001..006. Resources are named for their expected outcome.
variable "drop_headers" {
  type    = bool
  default = true
}

variable "listener_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS-1-1-2017-01"
}

resource "aws_s3_bucket" "logs" {
  bucket = "elb-fixture-logs"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

# A hardened ALB: drops invalid headers, logs, deletion protection on.
resource "aws_lb" "hardened" {
  name                       = "hardened"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    enabled = true
  }
}

# Defaults everywhere: keeps invalid headers, no logs, no deletion protection.
resource "aws_lb" "defaults" {
  name    = "defaults"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

# A bucket named but logging not enabled (enabled defaults to false).
resource "aws_alb" "bucket_only" {
  name                       = "bucket-only"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = false
  enable_deletion_protection = aws_eip.helper.public_ip != ""
  access_logs {
    bucket = aws_s3_bucket.logs.id
  }
}

# Network Load Balancer: headers not judged; logs and deletion protection are.
resource "aws_lb" "network" {
  name                       = "network"
  load_balancer_type         = "network"
  subnets                    = ["subnet-0123456789abcdef0"]
  enable_deletion_protection = true
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    enabled = true
  }
}

# Gateway Load Balancer: no access logs to judge.
resource "aws_lb" "gateway" {
  name               = "gateway"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0123456789abcdef0"]
}

# Through a module input.
module "from_module" {
  source       = "./modules/lb"
  drop_headers = var.drop_headers
}

module "from_module_off" {
  source       = "./modules/lb"
  drop_headers = false
}

resource "aws_elb" "classic_logged" {
  name               = "classic-logged"
  availability_zones = ["us-east-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
  access_logs {
    bucket = aws_s3_bucket.logs.id
  }
}

resource "aws_elb" "classic_unlogged" {
  name               = "classic-unlogged"
  availability_zones = ["us-east-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_elb" "classic_logs_disabled" {
  name               = "classic-logs-disabled"
  availability_zones = ["us-east-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    enabled = false
  }
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

# --- listeners ---
resource "aws_lb_listener" "http_redirects" {
  load_balancer_arn = aws_lb.hardened.arn
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

resource "aws_lb_listener" "http_forwards" {
  load_balancer_arn = aws_lb.defaults.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# A redirect that keeps the protocol (redirect.protocol defaults to #{protocol}).
resource "aws_alb_listener" "http_redirect_same_protocol" {
  load_balancer_arn = aws_lb.defaults.arn
  port              = 8080
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "8081"
      status_code = "HTTP_302"
    }
  }
}

resource "aws_lb_listener" "http_fixed_response" {
  load_balancer_arn = aws_lb.defaults.arn
  port              = 81
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

# Protocol unset: none on a Gateway Load Balancer (not judged)...
resource "aws_lb_listener" "protocol_unset" {
  load_balancer_arn = aws_lb.gateway.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# ...HTTP on an Application Load Balancer...
resource "aws_lb_listener" "protocol_unset_on_alb" {
  load_balancer_arn = aws_lb.defaults.arn
  port              = 8000
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# ...and unknown on a load balancer outside the plan.
resource "aws_lb_listener" "protocol_unset_external_lb" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/other/0123456789abcdef"
  port              = 8001
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "https_tls13" {
  load_balancer_arn = aws_lb.hardened.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "https_default_policy" {
  load_balancer_arn = aws_lb.defaults.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "https_policy_from_var" {
  load_balancer_arn = aws_lb.defaults.arn
  port              = 8443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  ssl_policy        = var.listener_policy
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "tls_fs_1_2" {
  load_balancer_arn = aws_lb.network.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  ssl_policy        = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "tls_unknown_policy_name" {
  load_balancer_arn = aws_lb.network.arn
  port              = 8443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012"
  ssl_policy        = "ELBSecurityPolicy-Future-2030-01"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "tcp_plain" {
  load_balancer_arn = aws_lb.network.arn
  port              = 22
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# --- Classic ELB SSL negotiation policies ---
resource "aws_load_balancer_policy" "reference_tls12" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "reference-tls12"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_policy" "reference_2016" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "reference-2016"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}

resource "aws_load_balancer_policy" "custom_tls1" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "custom-tls1"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}

resource "aws_load_balancer_policy" "custom_rc4" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "custom-rc4"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute {
    name  = "RC4-SHA"
    value = "true"
  }
}

resource "aws_load_balancer_policy" "custom_strong" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "custom-strong"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }
  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}

resource "aws_load_balancer_policy" "value_unknown" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "value-unknown"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = aws_eip.helper.public_ip
  }
}

# Not an SSL negotiation policy: not judged.
resource "aws_load_balancer_policy" "proxy_protocol" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "proxy-protocol"
  policy_type_name   = "ProxyProtocolPolicyType"
  policy_attribute {
    name  = "ProxyProtocol"
    value = "true"
  }
}

# Values known only at apply.
resource "aws_lb" "unknown_at_apply" {
  name                       = "unknown-at-apply"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = aws_eip.helper.public_ip != ""
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    enabled = aws_eip.helper.public_ip != ""
  }
}

# Values from variables.
variable "deletion_protection" {
  type    = bool
  default = false
}

variable "access_logs_enabled" {
  type    = bool
  default = true
}

variable "http_action" {
  type    = string
  default = "forward"
}

variable "tls1_enabled" {
  type    = string
  default = "true"
}

resource "aws_lb" "from_vars" {
  name                       = "from-vars"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
  enable_deletion_protection = var.deletion_protection
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    enabled = var.access_logs_enabled
  }
}

resource "aws_lb_listener" "http_action_from_var" {
  load_balancer_arn = aws_lb.from_vars.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = var.http_action
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_load_balancer_policy" "tls1_from_var" {
  load_balancer_name = aws_elb.classic_logged.name
  policy_name        = "tls1-from-var"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = var.tls1_enabled
  }
}
