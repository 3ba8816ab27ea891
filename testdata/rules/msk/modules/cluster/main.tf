variable "client_broker" {
  type = string
}

resource "aws_msk_cluster" "this" {
  cluster_name           = "module"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
    security_groups = ["sg-0123456789abcdef0"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = var.client_broker
    }
  }
}
