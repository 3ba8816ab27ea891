# P3 identity rules: AWS-IAM-016..024, AWS-SSO-001, AWS-ORG-001, AWS-SC-001.

variable "allow_change" {
  type    = bool
  default = true
}

variable "session" {
  type    = string
  default = "PT12H"
}

variable "share_type" {
  type    = string
  default = "ACCOUNT"
}

# A value known only at apply.
resource "aws_sqs_queue" "helper" {
  name = "helper"
}

# --- AWS-IAM-016: users may change their password (API default false).
resource "aws_iam_account_password_policy" "cannot_change" {
  minimum_password_length        = 14
  allow_users_to_change_password = false
}

resource "aws_iam_account_password_policy" "defaults" {
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "from_var" {
  allow_users_to_change_password = var.allow_change
}

resource "aws_iam_account_password_policy" "computed" {
  allow_users_to_change_password = aws_sqs_queue.helper.arn != ""
}

# --- AWS-IAM-019 (users), AWS-IAM-020 (login profiles), AWS-IAM-017 (access keys).
resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_access_key" "plain" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_access_key" "encrypted" {
  user    = aws_iam_user.alice.name
  pgp_key = "keybase:ops_team"
}

resource "aws_iam_access_key" "pgp_at_apply" {
  user    = aws_iam_user.alice.name
  pgp_key = aws_sqs_queue.helper.arn != "" ? "keybase:ops_team" : ""
}

module "user" {
  source = "./modules/user"
  name   = "bob"
}

# --- AWS-IAM-018: AWSCloudShellFullAccess.
resource "aws_iam_role" "dev" {
  name = "dev"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "shell" {
  role       = aws_iam_role.dev.name
  policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.dev.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_policy_attachment" "policy_at_apply" {
  user       = aws_iam_user.alice.name
  policy_arn = aws_iam_policy.scoped.arn
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy_attachment" "arn_at_apply" {
  group      = aws_iam_group.ops.name
  policy_arn = aws_sqs_queue.helper.arn
}

# --- AWS-IAM-021/022/023: credential exposure, data exfiltration, permissions management.
resource "aws_iam_policy" "keys_everywhere" {
  name = "keys-everywhere"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:CreateAccessKey", "ecr:GetAuthorizationToken"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "read_secrets" {
  name = "read-secrets"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue", "s3:Get*"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "grant_anything" {
  name = "grant-anything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:PutRolePolicy", "s3:PutBucketPolicy"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["iam:CreateAccessKey", "iam:PutUserPolicy"], Resource = "arn:aws:iam::111122223333:user/$${aws:username}" },
      { Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::reports/*" },
      { Effect = "Allow", Action = ["ec2:DescribeInstances", "ecr:GetAuthorizationToken"], Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "effect_at_apply" {
  statement {
    effect    = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["iam:*", "s3:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "effect_at_apply" {
  name   = "effect-at-apply"
  role   = aws_iam_role.dev.id
  policy = data.aws_iam_policy_document.effect_at_apply.json
}

# --- AWS-IAM-024: policy documents open to any principal.
data "aws_iam_policy_document" "queue_public" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "queue_from_topic" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = ["arn:aws:sns:us-east-1:111122223333:events"]
    }
  }
}

data "aws_iam_policy_document" "principal_at_apply" {
  statement {
    effect    = aws_sqs_queue.helper.arn != "" ? "Allow" : "Deny"
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "helper" {
  queue_url = aws_sqs_queue.helper.id
  policy    = data.aws_iam_policy_document.principal_at_apply.json
}

# --- AWS-SSO-001: session duration.
resource "aws_ssoadmin_permission_set" "long" {
  name             = "long"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1111111111111111"
  session_duration = var.session
}

resource "aws_ssoadmin_permission_set" "default" {
  name         = "default"
  instance_arn = "arn:aws:sso:::instance/ssoins-1111111111111111"
}

resource "aws_ssoadmin_permission_set" "one_hour" {
  name             = "one-hour"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1111111111111111"
  session_duration = "PT1H"
}

resource "aws_ssoadmin_permission_set" "at_apply" {
  name             = "at-apply"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1111111111111111"
  session_duration = aws_sqs_queue.helper.arn != "" ? "PT1H" : "PT8H"
}

# --- AWS-ORG-001: service control policies.
resource "aws_organizations_organization" "no_scp" {
  feature_set = "ALL"
}

resource "aws_organizations_organization" "scp" {
  feature_set          = "ALL"
  enabled_policy_types = ["SERVICE_CONTROL_POLICY", "TAG_POLICY"]
}

resource "aws_organizations_organization" "at_apply" {
  feature_set          = "ALL"
  enabled_policy_types = [aws_sqs_queue.helper.arn != "" ? "SERVICE_CONTROL_POLICY" : "TAG_POLICY"]
}

# --- AWS-SC-001: portfolio shares.
resource "aws_servicecatalog_portfolio" "base" {
  name          = "base"
  provider_name = "platform"
}

resource "aws_servicecatalog_portfolio_share" "account" {
  portfolio_id = aws_servicecatalog_portfolio.base.id
  principal_id = "111122223333"
  type         = var.share_type
}

resource "aws_servicecatalog_portfolio_share" "organization" {
  portfolio_id = aws_servicecatalog_portfolio.base.id
  principal_id = "arn:aws:organizations::111122223333:organization/o-abc123"
  type         = "ORGANIZATION"
}

resource "aws_servicecatalog_portfolio_share" "at_apply" {
  portfolio_id = aws_servicecatalog_portfolio.base.id
  principal_id = "arn:aws:organizations::111122223333:ou/o-abc123/ou-abcd-12345678"
  type         = aws_sqs_queue.helper.arn != "" ? "ORGANIZATIONAL_UNIT" : "ACCOUNT"
}

# --- AWS-IAM-025: Lambda execution roles.
variable "fn_policy" {
  type    = string
  default = "arn:aws:iam::aws:policy/IAMFullAccess"
}

locals {
  lambda_trust = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "fn_admin" {
  name               = "fn-admin"
  assume_role_policy = local.lambda_trust
}

resource "aws_iam_role_policy_attachment" "fn_admin" {
  role       = aws_iam_role.fn_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "fn_scoped" {
  name               = "fn-scoped"
  assume_role_policy = local.lambda_trust
  inline_policy {
    name = "read"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = "arn:aws:dynamodb:us-east-1:111122223333:table/orders" }]
    })
  }
}

resource "aws_iam_role_policy_attachment" "fn_scoped_basic" {
  role       = aws_iam_role.fn_scoped.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role" "fn_iam_star" {
  name               = "fn-iam-star"
  assume_role_policy = local.lambda_trust
}

resource "aws_iam_role_policy" "fn_iam_star" {
  name = "iam-star"
  role = aws_iam_role.fn_iam_star.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*" }]
  })
}

resource "aws_iam_role" "fn_from_var" {
  name               = "fn-from-var"
  assume_role_policy = local.lambda_trust
}

resource "aws_iam_role_policy_attachment" "fn_from_var" {
  role       = aws_iam_role.fn_from_var.name
  policy_arn = var.fn_policy
}

resource "aws_iam_role" "fn_at_apply" {
  name               = "fn-at-apply"
  assume_role_policy = local.lambda_trust
}

resource "aws_iam_role_policy" "fn_at_apply" {
  name   = "effect-at-apply"
  role   = aws_iam_role.fn_at_apply.id
  policy = data.aws_iam_policy_document.effect_at_apply.json
}

resource "aws_lambda_function" "admin" {
  function_name = "admin"
  role          = aws_iam_role.fn_admin.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "scoped" {
  function_name = "scoped"
  role          = aws_iam_role.fn_scoped.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "iam_star" {
  function_name = "iam-star"
  role          = aws_iam_role.fn_iam_star.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "from_var" {
  function_name = "from-var"
  role          = aws_iam_role.fn_from_var.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "at_apply" {
  function_name = "at-apply"
  role          = aws_iam_role.fn_at_apply.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_lambda_function" "external_role" {
  function_name = "external-role"
  role          = "arn:aws:iam::111122223333:role/shared-lambda"
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

# --- AWS-IAM-026: SageMaker notebook roles (the Lambda roles above serve).
resource "aws_sagemaker_notebook_instance" "admin" {
  name          = "admin"
  role_arn      = aws_iam_role.fn_admin.arn
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "scoped" {
  name          = "scoped"
  role_arn      = aws_iam_role.fn_scoped.arn
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "at_apply" {
  name          = "at-apply"
  role_arn      = aws_iam_role.fn_at_apply.arn
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "from_var" {
  name          = "from-var"
  role_arn      = aws_iam_role.fn_from_var.arn
  instance_type = "ml.t3.medium"
}

# --- AWS-IAM-027: users in groups (alice, the module's bob: none; carol, dave: members).
resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_user" "carol" {
  name = "carol"
}

resource "aws_iam_user_group_membership" "carol" {
  user   = aws_iam_user.carol.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_user" "dave" {
  name = "dave"
}

resource "aws_iam_group_membership" "developers" {
  name  = "developers"
  group = aws_iam_group.developers.name
  users = [aws_iam_user.dave.name]
}

# AWS-IAM-025: administrator access through the other attachment resources, and NotAction.
resource "aws_iam_role" "fn_shared_attachment" {
  name               = "fn-shared-attachment"
  assume_role_policy = local.lambda_trust
}

resource "aws_iam_policy_attachment" "shared_admin" {
  name       = "shared-admin"
  roles      = [aws_iam_role.fn_shared_attachment.name]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_lambda_function" "admin_through_policy_attachment" {
  function_name = "admin-through-policy-attachment"
  role          = aws_iam_role.fn_shared_attachment.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_iam_role" "fn_exclusive" {
  name               = "fn-exclusive"
  assume_role_policy = local.lambda_trust
}

resource "aws_iam_role_policy_attachments_exclusive" "fn_exclusive" {
  role_name   = aws_iam_role.fn_exclusive.name
  policy_arns = ["arn:aws:iam::aws:policy/IAMFullAccess"]
}

resource "aws_lambda_function" "iam_through_exclusive_attachments" {
  function_name = "iam-through-exclusive-attachments"
  role          = aws_iam_role.fn_exclusive.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}

resource "aws_iam_role" "fn_not_action" {
  name               = "fn-not-action"
  assume_role_policy = local.lambda_trust
  inline_policy {
    name = "all-but-s3"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", NotAction = "s3:*", Resource = "*" }]
    })
  }
}

resource "aws_lambda_function" "not_action" {
  function_name = "not-action"
  role          = aws_iam_role.fn_not_action.arn
  handler       = "index.handler"
  runtime       = "python3.13"
  s3_bucket     = "code-artifacts"
  s3_key        = "fn.zip"
}
