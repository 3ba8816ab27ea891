# Functions of the source evaluated from known values (tests/source.rs): element over a
# resource block's instances, try, coalesce and concat, the way terraform-aws-modules writes
# them. The plan lists their references only.

variable "single_route_table" {
  type    = bool
  default = true
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "extra_security_groups" {
  type    = list(string)
  default = []
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

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.dns.id
  cidr_block = cidrsubnet(aws_vpc.dns.cidr_block, 8, count.index)
}

# Two route tables, one used: with a single route table every association names the first.
resource "aws_route_table" "private" {
  count  = 2
  vpc_id = aws_vpc.dns.id
}

resource "aws_route_table_association" "private" {
  count     = 2
  subnet_id = element(aws_subnet.private[*].id, count.index)
  route_table_id = element(
    aws_route_table.private[*].id,
    var.single_route_table ? 0 : count.index,
  )
}

# try: the VPC without DNS support exists, so it is the one.
resource "aws_vpc_endpoint" "nodns" {
  vpc_id              = try(aws_vpc.nodns[0].id, var.vpc_id)
  service_name        = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# try: aws_vpc.absent[0] does not exist, so the second argument is the one.
resource "aws_vpc_endpoint" "fallback" {
  vpc_id              = try(aws_vpc.absent[0].id, aws_vpc.dns.id)
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# coalesce: var.vpc_id is null, so the VPC with DNS support is the one.
resource "aws_vpc_endpoint" "coalesced" {
  vpc_id              = coalesce(var.vpc_id, aws_vpc.dns.id)
  service_name        = "com.amazonaws.us-east-1.sns"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
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

# concat with an empty list: the load balancer's groups are web's only.
resource "aws_lb" "web" {
  load_balancer_type = "application"
  internal           = true
  subnets            = aws_subnet.private[*].id
  security_groups    = concat([aws_security_group.web.id], var.extra_security_groups)
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

# element of a local that is, through a known condition, a splat: the second table.
locals {
  extra_ids = var.single_route_table ? aws_route_table.extra[*].id : []
}

resource "aws_route_table" "extra" {
  count  = 2
  vpc_id = aws_vpc.dns.id
}

resource "aws_route_table_association" "extra" {
  subnet_id      = aws_subnet.private[0].id
  route_table_id = element(local.extra_ids, 1)
}

variable "key_policy" {
  type    = string
  default = null
}

resource "aws_iam_role" "admin" {
  name_prefix = "admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

# Known only at apply (the role's ARN), and a principal in AWS's documentation account.
data "aws_iam_policy_document" "key" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.admin.arn]
    }
  }
}

# coalesce: var.key_policy is null, so the document is the policy.
resource "aws_kms_key" "key" {
  enable_key_rotation = true
  policy              = coalesce(var.key_policy, data.aws_iam_policy_document.key.json)
}

data "aws_vpc" "existing" {
  count = 0
  id    = var.vpc_id
}

# try: the data source has no instance (count 0), so the VPC without DNS support is the one.
resource "aws_vpc_endpoint" "data_fallback" {
  vpc_id              = try(data.aws_vpc.existing[0].id, aws_vpc.nodns[0].id)
  service_name        = "com.amazonaws.us-east-1.logs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

# for_each over a map written in the source: each.value is that key's member.
locals {
  endpoints = {
    ec2 = { service = "ec2", vpc = aws_vpc.nodns[0].id }
    kms = { service = "kms", vpc = aws_vpc.dns.id }
  }
}

resource "aws_vpc_endpoint" "each" {
  for_each            = local.endpoints
  vpc_id              = each.value.vpc
  service_name        = "com.amazonaws.us-east-1.${each.value.service}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

variable "create" {
  type    = bool
  default = true
}

resource "aws_iam_policy" "extra" {
  name_prefix = "extra"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::example/*" }]
  })
}

# A filtered map of a local: each.value is the local's member, known or another resource's.
locals {
  policies = {
    extra = aws_iam_policy.extra.arn
    admin = "arn:aws:iam::aws:policy/AdministratorAccess"
  }
}

resource "aws_iam_role_policy_attachment" "each" {
  for_each   = { for k, v in local.policies : k => v if var.create }
  role       = aws_iam_role.admin.name
  policy_arn = each.value
}
