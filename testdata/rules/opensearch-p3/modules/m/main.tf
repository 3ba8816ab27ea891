variable "nodes" {
  type = number
}

resource "aws_opensearch_domain" "this" {
  domain_name = "module-search"
  cluster_config {
    instance_count         = var.nodes
    zone_awareness_enabled = true
  }
}
