# P3 Cognito rules: AWS-COG-001 (MFA), AWS-COG-002 (unauthenticated identities),
# AWS-COG-003 (password policy).

variable "mfa" {
  type    = string
  default = "OPTIONAL"
}

# A value known only at apply.
resource "aws_sqs_queue" "helper" {
  name = "helper"
}

resource "aws_cognito_user_pool" "defaults" {
  name = "defaults"
}

resource "aws_cognito_user_pool" "mfa_on_strong" {
  name              = "mfa-on-strong"
  mfa_configuration = "ON"
  software_token_mfa_configuration {
    enabled = true
  }
  password_policy {
    minimum_length                   = 12
    require_lowercase                = true
    require_uppercase                = true
    require_numbers                  = true
    require_symbols                  = true
    temporary_password_validity_days = 3
  }
}

resource "aws_cognito_user_pool" "mfa_off_weak" {
  name              = "mfa-off-weak"
  mfa_configuration = "OFF"
  password_policy {
    minimum_length    = 6
    require_lowercase = true
  }
}

resource "aws_cognito_user_pool" "at_apply" {
  name              = "at-apply"
  mfa_configuration = aws_sqs_queue.helper.arn != "" ? "OFF" : "OFF"
  software_token_mfa_configuration {
    enabled = true
  }
  password_policy {
    minimum_length                   = aws_sqs_queue.helper.arn != "" ? 12 : 6
    require_lowercase                = true
    require_uppercase                = true
    require_numbers                  = true
    require_symbols                  = true
    temporary_password_validity_days = 7
  }
}

module "pool" {
  source = "./modules/pool"
  mfa    = var.mfa
}

resource "aws_cognito_identity_pool" "guests" {
  identity_pool_name               = "guests"
  allow_unauthenticated_identities = true
}

resource "aws_cognito_identity_pool" "defaults" {
  identity_pool_name = "defaults"
}

resource "aws_cognito_identity_pool" "at_apply" {
  identity_pool_name               = "at_apply"
  allow_unauthenticated_identities = aws_sqs_queue.helper.arn == ""
}
