# Values the source computes with what tfaudit does not evaluate, and variables whose declared
# type converts the value given (tests/source.rs): each is Unknown with the source, never the
# value of its references. Without the source, the plan lists references only: Unknown too.

variable "deny" {
  default = "Deny"
}

variable "insecure" {
  default = "false"
}

variable "account" {
  default = "arn:aws:iam::210987654321:root"
}

# A set orders its elements: tolist(var.admins)[0] is "*", not the first element given.
variable "admins" {
  type    = set(string)
  default = ["arn:aws:iam::210987654321:root", "*"]
}

resource "aws_iam_openid_connect_provider" "eks" {
  url            = "https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE"
  client_id_list = ["sts.amazonaws.com"]
}

# Effect computed by replace(): "Allow", so no statement denies plain HTTP.
resource "aws_s3_bucket" "replaced_effect" {
  bucket_prefix = "replaced-effect"
}

resource "aws_s3_bucket_policy" "replaced_effect" {
  bucket = aws_s3_bucket.replaced_effect.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TLS"
      Effect    = replace(var.deny, "Deny", "Allow")
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.replaced_effect.arn, "${aws_s3_bucket.replaced_effect.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = var.insecure } }
    }]
  })
}

# The principal computed by replace(): "*".
resource "aws_iam_role" "replaced_principal" {
  name = "replaced-principal"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = replace(var.account, "/.*/", "*") } },
      { Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = aws_iam_openid_connect_provider.eks.arn } },
    ]
  })
}

# The first element of a set of strings, in the set's order.
resource "aws_iam_role" "set_index" {
  name = "set-index"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = tolist(var.admins)[0] } },
      { Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = aws_iam_openid_connect_provider.eks.arn } },
    ]
  })
}

# An object type's optional attribute takes its default ("*") when the caller leaves it out.
module "role" {
  source       = "./modules/role"
  opts         = {}
  provider_arn = aws_iam_openid_connect_provider.eks.arn
}

# The condition's map given by a variable: the statement's conditions are not known (a TLS
# deny, in fact); it is never a statement without conditions.
variable "tls_condition" {
  default = { "aws:SecureTransport" = "false" }
}

resource "aws_s3_bucket" "condition_from_variable" {
  bucket_prefix = "condition-from-variable"
}

resource "aws_s3_bucket_policy" "condition_from_variable" {
  bucket = aws_s3_bucket.condition_from_variable.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TLS"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.condition_from_variable.arn, "${aws_s3_bucket.condition_from_variable.arn}/*"]
      Condition = { Bool = var.tls_condition }
    }]
  })
}

# A tag whose value is null is no tag (the provider drops it): Owner is missing.
variable "owner" {
  default = null
}

resource "aws_sns_topic" "null_owner" {
  name = "null-owner"
  tags = {
    Environment = "prod"
    Project     = "p"
    Owner       = var.owner
    Name        = aws_iam_openid_connect_provider.eks.arn
  }
}
