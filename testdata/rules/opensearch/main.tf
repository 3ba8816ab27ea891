# F08 OpenSearch rules (AWS-OS-001..009) on aws_opensearch_domain and aws_elasticsearch_domain:
# encryption at rest and its key, error logs, node-to-node encryption, security groups,
# fine-grained access control, HTTPS, TLS policy, VPC placement.
variable "https" {
  type    = bool
  default = false
}

variable "off" {
  type    = bool
  default = false
}

variable "log_type" {
  type    = string
  default = "INDEX_SLOW_LOGS"
}

variable "search_key" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:alias/aws/es"
}

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0123456789abcdef0"]
}

variable "tls_policy" {
  type    = string
  default = "Policy-Min-TLS-1-0-2019-07"
}

resource "aws_kms_key" "search" {
  description = "search"
}

locals {
  later = aws_kms_key.search.arn != ""
  key   = aws_kms_key.search.arn
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_default_security_group" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = aws_vpc.main.id
}

resource "aws_cloudwatch_log_group" "search" {
  name = "/aws/opensearch/search"
}

# Nothing set: public, unencrypted, no logs; no endpoint options (HTTPS and TLS: AWS decides).
resource "aws_opensearch_domain" "defaults" {
  domain_name    = "defaults"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "hardened" {
  domain_name    = "hardened"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }
  vpc_options {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = [aws_security_group.search.id]
  }
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

# In a VPC on the default security group; endpoint options block without enforce_https
# (the provider sends true); error logs configured but disabled.
resource "aws_opensearch_domain" "vpc_default_group" {
  domain_name    = "vpc-default-group"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled = true
  }
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
  vpc_options {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = [aws_default_security_group.main.id]
  }
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = false
  }
}

# In a VPC without security groups: the VPC's default group; slow logs only.
resource "aws_opensearch_domain" "vpc_no_groups" {
  domain_name    = "vpc-no-groups"
  engine_version = "OpenSearch_2.13"
  vpc_options {
    subnet_ids = [aws_subnet.private.id]
  }
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

resource "aws_opensearch_domain" "known_after_apply" {
  domain_name    = "known-after-apply"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = local.later
    kms_key_id = local.key
  }
  node_to_node_encryption {
    enabled = local.later
  }
  domain_endpoint_options {
    enforce_https       = local.later
    tls_security_policy = local.later ? "Policy-Min-TLS-1-2-2019-07" : "Policy-Min-TLS-1-0-2019-07"
  }
  advanced_security_options {
    enabled = local.later
  }
  vpc_options {
    subnet_ids         = local.later ? [aws_subnet.private.id] : []
    security_group_ids = [aws_security_group.search.id]
  }
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = local.later
  }
}

resource "aws_elasticsearch_domain" "legacy_from_variables" {
  domain_name           = "legacy-from-variables"
  elasticsearch_version = "7.10"
  encrypt_at_rest {
    enabled    = var.off
    kms_key_id = var.search_key
  }
  node_to_node_encryption {
    enabled = var.off
  }
  advanced_security_options {
    enabled = var.off
  }
  domain_endpoint_options {
    enforce_https       = var.https
    tls_security_policy = var.tls_policy
  }
  vpc_options {
    subnet_ids         = var.subnet_ids
    security_group_ids = ["sg-0123456789abcdef0"]
  }
  log_publishing_options {
    log_type                 = var.log_type
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

module "domain" {
  source = "./modules/domain"
  https  = true
}
