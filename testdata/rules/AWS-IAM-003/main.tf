# AWS-IAM-003: a role's trust policy must admit the service that assumes it.
locals {
  role_arn = aws_iam_role.helper_lambda.arn
}

resource "aws_iam_role" "helper_lambda" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "helper_ec2" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "helper_ec2" {
  name               = "ec2"
  assume_role_policy = data.aws_iam_policy_document.helper_ec2.json
}

resource "aws_iam_role" "helper_batch" {
  name = "batch"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "batch.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "helper_ecs" {
  name = "ecs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = ["ecs-tasks.amazonaws.com"] } }]
  })
}

resource "aws_lambda_function" "pass_lambda" {
  function_name = "pass"
  role          = aws_iam_role.helper_lambda.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "fail_lambda" {
  function_name = "fail"
  role          = aws_iam_role.helper_ec2.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "unknown_lambda" {
  function_name = "unknown"
  role          = local.role_arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_batch_job_definition" "fail_fargate" {
  name                  = "fail-fargate"
  type                  = "container"
  platform_capabilities = ["FARGATE"]
  container_properties = jsonencode({
    image            = "public.ecr.aws/amazonlinux/amazonlinux:latest"
    command          = ["echo", "hi"]
    executionRoleArn = aws_iam_role.helper_batch.arn
    resourceRequirements = [
      { type = "VCPU", value = "0.25" },
      { type = "MEMORY", value = "512" },
    ]
    fargatePlatformConfiguration = { platformVersion = "LATEST" }
  })
}

resource "aws_ecs_task_definition" "pass_task" {
  family                   = "pass"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.helper_ecs.arn
  container_definitions    = jsonencode([{ name = "app", image = "nginx", essential = true }])
}

resource "aws_ecs_task_definition" "fail_task" {
  family                   = "fail"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.helper_lambda.arn
  container_definitions    = jsonencode([{ name = "app", image = "nginx", essential = true }])
}

resource "aws_iam_instance_profile" "pass_profile" {
  name = "pass"
  role = aws_iam_role.helper_ec2.name
}

resource "aws_iam_instance_profile" "fail_profile" {
  name = "fail"
  role = aws_iam_role.helper_lambda.name
}

resource "aws_lambda_function" "helper_external_role" {
  function_name = "external"
  role          = "arn:aws:iam::210987654321:role/managed-elsewhere"
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

# A trust document Terraform reads only at apply (its condition names a new queue).
resource "aws_sqs_queue" "helper" {
  name = "events"
}

data "aws_iam_policy_document" "helper_trust_at_apply" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [aws_sqs_queue.helper.arn]
    }
  }
}

resource "aws_iam_role" "helper_at_apply" {
  name               = "at-apply"
  assume_role_policy = data.aws_iam_policy_document.helper_trust_at_apply.json
}

resource "aws_lambda_function" "pass_trust_at_apply" {
  function_name = "pass-trust-at-apply"
  role          = aws_iam_role.helper_at_apply.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_ecs_task_definition" "fail_trust_at_apply" {
  family                   = "fail-at-apply"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.helper_at_apply.arn
  container_definitions    = jsonencode([{ name = "app", image = "nginx", essential = true }])
}
