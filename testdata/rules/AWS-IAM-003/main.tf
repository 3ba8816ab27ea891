# AWS-IAM-003: a role's trust policy must admit the service that assumes it. Reported on the
# role (where the fix goes), naming its consumers; a consumer whose role is unknown is Unknown.
locals {
  role_arn = aws_iam_role.fail_lambda_role.arn
}

resource "aws_iam_role" "fail_lambda_role" {
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

resource "aws_iam_role" "fail_ec2_role" {
  name               = "ec2"
  assume_role_policy = data.aws_iam_policy_document.helper_ec2.json
}

resource "aws_iam_role" "fail_batch_role" {
  name = "batch"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "batch.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "pass_ecs_role" {
  name = "ecs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = ["ecs-tasks.amazonaws.com"] } }]
  })
}

resource "aws_lambda_function" "helper_lambda_ok" {
  function_name = "pass"
  role          = aws_iam_role.fail_lambda_role.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "helper_lambda_bad" {
  function_name = "fail"
  role          = aws_iam_role.fail_ec2_role.arn
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

resource "aws_batch_job_definition" "helper_fargate" {
  name                  = "fail-fargate"
  type                  = "container"
  platform_capabilities = ["FARGATE"]
  container_properties = jsonencode({
    image            = "public.ecr.aws/amazonlinux/amazonlinux:latest"
    command          = ["echo", "hi"]
    executionRoleArn = aws_iam_role.fail_batch_role.arn
    resourceRequirements = [
      { type = "VCPU", value = "0.25" },
      { type = "MEMORY", value = "512" },
    ]
    fargatePlatformConfiguration = { platformVersion = "LATEST" }
  })
}

resource "aws_ecs_task_definition" "helper_task_ok" {
  family                   = "pass"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.pass_ecs_role.arn
  container_definitions    = jsonencode([{ name = "app", image = "nginx", essential = true }])
}

resource "aws_ecs_task_definition" "helper_task_bad" {
  family                   = "fail"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.fail_lambda_role.arn
  container_definitions    = jsonencode([{ name = "app", image = "nginx", essential = true }])
}

resource "aws_iam_instance_profile" "helper_profile_ok" {
  name = "pass"
  role = aws_iam_role.fail_ec2_role.name
}

resource "aws_iam_instance_profile" "helper_profile_bad" {
  name = "fail"
  role = aws_iam_role.fail_lambda_role.name
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

resource "aws_iam_role" "fail_at_apply" {
  name               = "at-apply"
  assume_role_policy = data.aws_iam_policy_document.helper_trust_at_apply.json
}

resource "aws_lambda_function" "helper_trust_at_apply" {
  function_name = "pass-trust-at-apply"
  role          = aws_iam_role.fail_at_apply.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_ecs_task_definition" "helper_trust_at_apply" {
  family                   = "fail-at-apply"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.fail_at_apply.arn
  container_definitions    = jsonencode([{ name = "app", image = "nginx", essential = true }])
}

# Trusts Lambda, used by a function only.
resource "aws_iam_role" "pass_lambda_role" {
  name = "lambda-only"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "helper_lambda_only" {
  function_name = "lambda-only"
  role          = aws_iam_role.pass_lambda_role.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_iam_role" "pass_at_apply" {
  name               = "pass-at-apply"
  assume_role_policy = data.aws_iam_policy_document.helper_trust_at_apply.json
}

resource "aws_lambda_function" "helper_pass_at_apply" {
  function_name = "pass-at-apply"
  role          = aws_iam_role.pass_at_apply.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

# Not used by any consumer: not judged.
resource "aws_iam_role" "helper_unused" {
  name = "unused"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "batch.amazonaws.com" } }]
  })
}
