# F14 MSK rules: AWS-MSK-001..004.
variable "client_broker" {
  type    = string
  default = "TLS_PLAINTEXT"
}

resource "aws_kms_key" "msk" {
  description = "msk"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_cloudwatch_log_group" "msk" {
  name = "/msk/fixture"
}

# TLS everywhere, a customer key, CloudWatch broker logs, private.
resource "aws_msk_cluster" "hardened" {
  cluster_name           = "hardened"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
    connectivity_info {
      public_access {
        type = "DISABLED"
      }
    }
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.msk.name
      }
    }
  }
}

# Defaults: TLS in transit (default), AWS managed key, no logs, private.
resource "aws_msk_cluster" "defaults" {
  cluster_name           = "defaults"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

# Plaintext inside the cluster, an AWS managed alias, S3 logs only, public.
resource "aws_msk_cluster" "weak" {
  cluster_name           = "weak"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS"
      }
    }
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/kafka"
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = false
    }
  }
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled = false
      }
      s3 {
        enabled = true
        bucket  = "msk-logs"
      }
    }
  }
}

# Values known only at apply.
resource "aws_msk_cluster" "unknown_at_apply" {
  cluster_name           = "unknown-at-apply"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
    connectivity_info {
      public_access {
        type = aws_eip.helper.public_ip != "" ? "DISABLED" : "SERVICE_PROVIDED_EIPS"
      }
    }
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_eip.helper.public_ip != "" ? aws_kms_key.msk.arn : null
    encryption_in_transit {
      client_broker = aws_eip.helper.public_ip != "" ? "TLS" : "PLAINTEXT"
    }
  }
  logging_info {
    broker_logs {
      firehose {
        enabled         = aws_eip.helper.public_ip != ""
        delivery_stream = "msk-logs"
      }
    }
  }
}

module "cluster_from_var" {
  source        = "./modules/cluster"
  client_broker = var.client_broker
}

# Values from variables.
variable "msk_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

variable "broker_logs" {
  type    = bool
  default = false
}

variable "public_access" {
  type    = string
  default = "SERVICE_PROVIDED_EIPS"
}

resource "aws_msk_cluster" "from_vars" {
  cluster_name           = "from-vars"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
    connectivity_info {
      public_access {
        type = var.public_access
      }
    }
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = var.msk_key
  }
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = var.broker_logs
        log_group = aws_cloudwatch_log_group.msk.name
      }
    }
  }
}
