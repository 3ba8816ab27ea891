# F14 Amazon MQ rules: AWS-MQ-001 (public), AWS-MQ-002 (ActiveMQ audit log), AWS-MQ-003 (general log).
variable "public" {
  type    = bool
  default = true
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_mq_broker" "hardened" {
  broker_name        = "hardened"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  subnet_ids         = ["subnet-0123456789abcdef0"]
  security_groups    = ["sg-0123456789abcdef0"]
  logs {
    audit   = true
    general = true
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "defaults" {
  broker_name        = "defaults"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  subnet_ids         = ["subnet-0123456789abcdef0"]
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "public_from_var" {
  broker_name         = "public-from-var"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = var.public
  logs {
    audit   = false
    general = true
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

# RabbitMQ: no audit log to judge.
resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  subnet_ids         = ["subnet-0123456789abcdef0"]
  logs {
    general = true
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "unknown_at_apply" {
  broker_name         = "unknown-at-apply"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.t3.micro"
  subnet_ids          = ["subnet-0123456789abcdef0"]
  publicly_accessible = aws_eip.helper.public_ip == ""
  logs {
    audit   = aws_eip.helper.public_ip != ""
    general = aws_eip.helper.public_ip != ""
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

variable "audit_logs" {
  type    = bool
  default = true
}

variable "general_logs" {
  type    = bool
  default = false
}

resource "aws_mq_broker" "logs_from_vars" {
  broker_name        = "logs-from-vars"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  subnet_ids         = ["subnet-0123456789abcdef0"]
  logs {
    audit   = var.audit_logs
    general = var.general_logs
  }
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}
