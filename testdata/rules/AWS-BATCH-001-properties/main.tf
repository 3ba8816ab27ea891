# AWS-BATCH-001: the key is read in any case, as AWS reads it, and multi-node and ECS job
# properties are judged too. The capitalised key's value comes from a variable.
provider "aws" {
  region = "us-east-1"
}

variable "privileged" {
  type    = bool
  default = true
}

resource "aws_batch_job_definition" "fail_capitalised_key" {
  name = "capitalised"
  type = "container"
  container_properties = jsonencode({
    image                = "busybox"
    Privileged           = var.privileged
    resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
  })
}

resource "aws_batch_job_definition" "fail_multi_node" {
  name = "multi-node"
  type = "multinode"
  node_properties = jsonencode({
    mainNode = 0
    numNodes = 2
    nodeRangeProperties = [{
      targetNodes = "0:"
      container = {
        image                = "busybox"
        privileged           = true
        resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
      }
    }]
  })
}

resource "aws_batch_job_definition" "fail_ecs_task" {
  name = "ecs-task"
  type = "container"
  ecs_properties = jsonencode({
    taskProperties = [{
      containers = [{
        name                 = "main"
        image                = "busybox"
        essential            = true
        privileged           = true
        resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
      }]
    }]
  })
}

resource "aws_batch_job_definition" "pass_multi_node_plain" {
  name = "multi-node-plain"
  type = "multinode"
  node_properties = jsonencode({
    mainNode = 0
    numNodes = 2
    nodeRangeProperties = [{
      targetNodes = "0:"
      container = {
        image                = "busybox"
        resourceRequirements = [{ type = "VCPU", value = "1" }, { type = "MEMORY", value = "512" }]
      }
    }]
  })
}
