# F08 P3 OpenSearch rules: audit logs (AWS-OS-010), three data nodes across zones (AWS-OS-011),
# three dedicated masters (AWS-OS-012), automatic software updates (AWS-OS-013), open domain
# policy (AWS-OS-014).
variable "data_nodes" {
  type    = number
  default = 2
}

resource "aws_kms_key" "helper" {
  description = "helper"
}

locals {
  later = aws_kms_key.helper.arn != ""
}

resource "aws_cloudwatch_log_group" "audit" {
  name = "/aws/opensearch/audit"
}

resource "aws_opensearch_domain" "defaults" {
  domain_name = "defaults"
}

resource "aws_opensearch_domain" "hardened" {
  domain_name = "hardened"
  cluster_config {
    instance_type            = "r6g.large.search"
    instance_count           = 3
    zone_awareness_enabled   = true
    dedicated_master_enabled = true
    dedicated_master_count   = 3
    dedicated_master_type    = "m6g.large.search"
    zone_awareness_config {
      availability_zone_count = 3
    }
  }
  software_update_options {
    auto_software_update_enabled = true
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}

resource "aws_opensearch_domain" "known_after_apply" {
  domain_name = "later"
  cluster_config {
    instance_count           = local.later ? 3 : 1
    zone_awareness_enabled   = true
    dedicated_master_enabled = local.later
    dedicated_master_count   = 3
  }
  software_update_options {
    auto_software_update_enabled = local.later
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    enabled                  = local.later
  }
}

resource "aws_opensearch_domain" "two_masters" {
  domain_name = "two-masters"
  cluster_config {
    instance_count           = var.data_nodes
    zone_awareness_enabled   = true
    dedicated_master_enabled = true
    dedicated_master_count   = 2
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    enabled                  = false
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}

module "search" {
  source = "./modules/m"
  nodes  = var.data_nodes
}

# Resource is the domain ARN, known only after apply.
resource "aws_opensearch_domain_policy" "open" {
  domain_name = aws_opensearch_domain.defaults.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "${aws_opensearch_domain.defaults.arn}/*"
    }]
  })
}

resource "aws_opensearch_domain_policy" "role_only" {
  domain_name = aws_opensearch_domain.hardened.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/search" }
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:us-east-1:111122223333:domain/hardened/*"
    }]
  })
}

resource "aws_elasticsearch_domain_policy" "source_ip" {
  domain_name = aws_elasticsearch_domain.legacy.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:us-east-1:111122223333:domain/legacy/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

variable "principal" {
  type    = string
  default = "*"
}

resource "aws_opensearch_domain_policy" "open_from_variable" {
  domain_name = aws_opensearch_domain.two_masters.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.principal }
      Action    = "es:*"
      Resource  = "arn:aws:es:us-east-1:111122223333:domain/two-masters/*"
    }]
  })
}
