variable "mfa" {
  type = string
}

resource "aws_cognito_user_pool" "this" {
  name              = "module-pool"
  mfa_configuration = var.mfa
  software_token_mfa_configuration {
    enabled = true
  }
}

resource "aws_cognito_identity_pool" "this" {
  identity_pool_name               = "module_pool"
  allow_unauthenticated_identities = var.mfa == "OFF"
}
