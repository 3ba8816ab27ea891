# lookup, merge, one, tolist, toset and flatten of the source, evaluated from known values
# (tests/source.rs): the plan lists their references only.

variable "vpc_overrides" {
  type    = map(string)
  default = {}
}

variable "extra_security_groups" {
  type    = list(string)
  default = []
}

variable "extra_env" {
  type    = map(string)
  default = {}
}

variable "enabled_services" {
  type    = list(string)
  default = ["ec2messages", "ssm", "ssm"]
}

resource "aws_vpc" "dns" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_vpc" "nodns" {
  count              = 1
  cidr_block         = "10.1.0.0/16"
  enable_dns_support = false
}

resource "aws_vpc" "absent" {
  count      = 0
  cidr_block = "10.2.0.0/16"
}

locals {
  # A map of VPCs by name, and the caller's overrides (none) merged over it.
  vpcs = merge(
    { dns = aws_vpc.dns.id, nodns = one(aws_vpc.nodns[*].id) },
    var.vpc_overrides,
  )
  # one() of a block without instances is null: the lookup's default is not needed.
  absent_vpc = one(aws_vpc.absent[*].id)
}

# lookup of a key the merged map holds: the VPC without DNS support.
resource "aws_vpc_endpoint" "lookup_nodns" {
  vpc_id              = lookup(local.vpcs, "nodns", aws_vpc.dns.id)
  service_name        = "com.amazonaws.us-east-1.kms"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# lookup of a key the map lacks: the default, the VPC with DNS support.
resource "aws_vpc_endpoint" "lookup_default" {
  vpc_id              = lookup(local.vpcs, "shared", aws_vpc.dns.id)
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# An attribute of a merge: the last argument that has the key.
resource "aws_vpc_endpoint" "merged" {
  vpc_id              = merge(local.vpcs, { primary = aws_vpc.dns.id }, { primary = local.vpcs.nodns }).primary
  service_name        = "com.amazonaws.us-east-1.sns"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# one() of a block with one instance: that instance.
resource "aws_vpc_endpoint" "one" {
  vpc_id              = one(tolist(aws_vpc.nodns[*].id))
  service_name        = "com.amazonaws.us-east-1.logs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# toset of known strings: one endpoint per service (deduplicated), each in the VPC a lookup
# with the service's name finds (none: the default).
resource "aws_vpc_endpoint" "each" {
  for_each            = toset(var.enabled_services)
  vpc_id              = lookup(local.vpcs, each.value, local.vpcs.nodns)
  service_name        = "com.amazonaws.us-east-1.${each.value}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# The module: one endpoint names its VPC, the other takes the defaults' (the caller's).
module "endpoints" {
  source = "./modules/endpoints"

  vpc_id   = aws_vpc.dns.id
  defaults = { vpc_id = one(aws_vpc.nodns[*].id) }
  endpoints = {
    ecr     = { vpc_id = aws_vpc.dns.id }
    sts     = {}
    skipped = { create = false, vpc_id = one(aws_vpc.nodns[*].id) }
  }
}

module "endpoints_own_vpc" {
  source = "./modules/endpoints"

  vpc_id    = aws_vpc.dns.id
  endpoints = { ec2 = {} }
}

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.dns.id
  cidr_block = cidrsubnet(aws_vpc.dns.cidr_block, 8, count.index)
}

resource "aws_security_group" "web" {
  vpc_id = aws_vpc.dns.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# flatten with an empty list: the load balancer's groups are web's only.
resource "aws_lb" "web" {
  load_balancer_type = "application"
  internal           = true
  subnets            = tolist(aws_subnet.private[*].id)
  security_groups    = flatten([[aws_security_group.web.id], var.extra_security_groups, []])
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

# A port the load balancer's only group does not admit.
resource "aws_lb_listener" "alt" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

# AWS-LMB-006 with merge: literal entries of the merge are judged unless a later argument
# replaces them.
resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_sqs_queue" "orders" {
  for_each = toset(["orders", "refunds"])
  name     = each.key
}

locals {
  # Keys known only as the queues' (a for expression): a merge cannot tell which it holds.
  queue_env = { for k, q in aws_sqs_queue.orders : upper("${k}_URL") => q.url }
}

# The caller's extra variables are known to be empty: the literal URL stays.
resource "aws_lambda_function" "merge_fail" {
  function_name = "merge-fail"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = merge({ API_URL = "https://api.example.com/v1", QUEUE = aws_sqs_queue.orders["orders"].url }, var.extra_env)
  }
}

# A later argument replaces the literal URL with the queue's.
resource "aws_lambda_function" "merge_replaced" {
  function_name = "merge-replaced"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = merge({ ORDERS_URL = "https://sqs.us-east-1.amazonaws.com/210987654321/orders", STAGE = "prod" }, { ORDERS_URL = aws_sqs_queue.orders["orders"].url })
  }
}

# A later argument whose keys tfaudit cannot tell may replace the literal URL: unknown.
resource "aws_lambda_function" "merge_unknown" {
  function_name = "merge-unknown"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
  environment {
    variables = merge({ ORDERS_URL = "https://sqs.us-east-1.amazonaws.com/210987654321/orders" }, local.queue_env)
  }
}

# AWS-TAG-001: tags whose values are known only at apply (a VPC's ID), whose keys the merge
# decides.
variable "common_tags" {
  type    = map(string)
  default = { Environment = "test", Owner = "platform", Project = "collections" }
}

variable "partial_tags" {
  type    = map(string)
  default = { Environment = "test" }
}

resource "aws_sqs_queue" "tagged" {
  name = "tagged"
  tags = merge({ Name = aws_vpc.dns.id }, var.common_tags)
}

resource "aws_sqs_queue" "untagged" {
  name = "untagged"
  tags = merge(var.partial_tags, { Name = aws_vpc.dns.id })
}

# try over settings that lack the attribute (each.value's map, the defaults): both are errors
# try skips, so the VPC is the last argument, the one without DNS support.
variable "vpc_defaults" {
  type    = any
  default = {}
}

locals {
  endpoint_settings = { ecs = { service = "ecs" } }
}

resource "aws_vpc_endpoint" "try_absent" {
  for_each            = local.endpoint_settings
  vpc_id              = try(each.value.vpc_id, var.vpc_defaults.vpc_id, aws_vpc.nodns[0].id)
  service_name        = "com.amazonaws.us-east-1.${each.value.service}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# A later argument whose keys tfaudit cannot tell (a for expression): which argument's vpc the
# merge holds is not decided, so the endpoint stays unknown.
locals {
  upper_vpcs = { for k, v in { dns = aws_vpc.dns.id } : upper(k) => v }
}

resource "aws_vpc_endpoint" "merge_undecided" {
  vpc_id              = merge({ vpc = one(aws_vpc.nodns[*].id) }, local.upper_vpcs).vpc
  service_name        = "com.amazonaws.us-east-1.ecr.api"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}
