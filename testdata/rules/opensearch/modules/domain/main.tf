variable "https" {
  type = bool
}

resource "aws_opensearch_domain" "this" {
  domain_name    = "module-domain"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "arn:aws:kms:us-east-1:111122223333:alias/aws/es"
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https = var.https
  }
}
