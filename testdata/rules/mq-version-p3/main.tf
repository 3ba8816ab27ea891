# AWS-MQ-006 (tests/rules.rs, expected.tsv): Amazon MQ engine versions against AWS's support
# calendar, judged on the fixture date.

variable "old_version" {
  default = "5.16.7"
}

resource "terraform_data" "helper" {
  input = "5.18"
}

resource "aws_mq_broker" "ended" {
  broker_name        = "ended"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "supported" {
  broker_name        = "supported"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "rabbit_supported" {
  broker_name        = "rabbit-supported"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_broker" "version_at_apply" {
  broker_name        = "version-at-apply"
  engine_type        = "ActiveMQ"
  engine_version     = terraform_data.helper.output
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "fixture-password-1234"
  }
}

resource "aws_mq_configuration" "ended_from_var" {
  name           = "ended-from-var"
  engine_type    = "ActiveMQ"
  engine_version = var.old_version
  data           = <<-XML
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <broker xmlns="http://activemq.apache.org/schema/core"></broker>
  XML
}
