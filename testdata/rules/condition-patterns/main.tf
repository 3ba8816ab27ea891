# Conditions that restrict an Allow to "*" only when their values name one account,
# organisation, source or network: patterns anyone can meet do not (adversarial review).

resource "aws_s3_bucket" "org_pattern" {
  bucket = "tfaudit-cond-org-pattern"
}

resource "aws_s3_bucket_policy" "org_pattern" {
  bucket = aws_s3_bucket.org_pattern.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-org-pattern/*"
      Condition = { "StringLike" = { "aws:PrincipalOrgID" = "o-*" } }
    }]
  })
}

resource "aws_iam_role" "org_pattern" {
  name = "cond-org-pattern"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "StringLike" = { "aws:PrincipalOrgID" = "o-*" } }
    }]
  })
}

resource "aws_s3_bucket" "any_account_pattern" {
  bucket = "tfaudit-cond-any-account-pattern"
}

resource "aws_s3_bucket_policy" "any_account_pattern" {
  bucket = aws_s3_bucket.any_account_pattern.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-any-account-pattern/*"
      Condition = { "StringLike" = { "aws:PrincipalAccount" = "????????????" } }
    }]
  })
}

resource "aws_iam_role" "any_account_pattern" {
  name = "cond-any-account-pattern"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "StringLike" = { "aws:PrincipalAccount" = "????????????" } }
    }]
  })
}

resource "aws_s3_bucket" "any_endpoint" {
  bucket = "tfaudit-cond-any-endpoint"
}

resource "aws_s3_bucket_policy" "any_endpoint" {
  bucket = aws_s3_bucket.any_endpoint.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-any-endpoint/*"
      Condition = { "StringLike" = { "aws:SourceVpce" = "vpce-*" } }
    }]
  })
}

resource "aws_iam_role" "any_endpoint" {
  name = "cond-any-endpoint"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "StringLike" = { "aws:SourceVpce" = "vpce-*" } }
    }]
  })
}

resource "aws_s3_bucket" "half_the_internet" {
  bucket = "tfaudit-cond-half-the-internet"
}

resource "aws_s3_bucket_policy" "half_the_internet" {
  bucket = aws_s3_bucket.half_the_internet.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-half-the-internet/*"
      Condition = { "IpAddress" = { "aws:SourceIp" = ["0.0.0.0/1", "128.0.0.0/1"] } }
    }]
  })
}

resource "aws_iam_role" "half_the_internet" {
  name = "cond-half-the-internet"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "IpAddress" = { "aws:SourceIp" = ["0.0.0.0/1", "128.0.0.0/1"] } }
    }]
  })
}

resource "aws_s3_bucket" "any_principal_arn" {
  bucket = "tfaudit-cond-any-principal-arn"
}

resource "aws_s3_bucket_policy" "any_principal_arn" {
  bucket = aws_s3_bucket.any_principal_arn.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-any-principal-arn/*"
      Condition = { "ArnLike" = { "aws:PrincipalArn" = "arn:aws:iam::*:*" } }
    }]
  })
}

resource "aws_iam_role" "any_principal_arn" {
  name = "cond-any-principal-arn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "ArnLike" = { "aws:PrincipalArn" = "arn:aws:iam::*:*" } }
    }]
  })
}

resource "aws_s3_bucket" "one_org" {
  bucket = "tfaudit-cond-one-org"
}

resource "aws_s3_bucket_policy" "one_org" {
  bucket = aws_s3_bucket.one_org.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-one-org/*"
      Condition = { "StringEquals" = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_iam_role" "one_org" {
  name = "cond-one-org"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "StringEquals" = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_s3_bucket" "one_account_roles" {
  bucket = "tfaudit-cond-one-account-roles"
}

resource "aws_s3_bucket_policy" "one_account_roles" {
  bucket = aws_s3_bucket.one_account_roles.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-one-account-roles/*"
      Condition = { "ArnLike" = { "aws:PrincipalArn" = "arn:aws:iam::123456789012:role/*" } }
    }]
  })
}

resource "aws_iam_role" "one_account_roles" {
  name = "cond-one-account-roles"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "ArnLike" = { "aws:PrincipalArn" = "arn:aws:iam::123456789012:role/*" } }
    }]
  })
}

resource "aws_s3_bucket" "org_path" {
  bucket = "tfaudit-cond-org-path"
}

resource "aws_s3_bucket_policy" "org_path" {
  bucket = aws_s3_bucket.org_path.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-org-path/*"
      Condition = { "ForAnyValue:StringLike" = { "aws:PrincipalOrgPaths" = "o-abc123def4/r-ab12/*" } }
    }]
  })
}

resource "aws_iam_role" "org_path" {
  name = "cond-org-path"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "ForAnyValue:StringLike" = { "aws:PrincipalOrgPaths" = "o-abc123def4/r-ab12/*" } }
    }]
  })
}

resource "aws_s3_bucket" "office_network" {
  bucket = "tfaudit-cond-office-network"
}

resource "aws_s3_bucket_policy" "office_network" {
  bucket = aws_s3_bucket.office_network.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-office-network/*"
      Condition = { "IpAddress" = { "aws:SourceIp" = "203.0.113.0/24" } }
    }]
  })
}

resource "aws_iam_role" "office_network" {
  name = "cond-office-network"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "IpAddress" = { "aws:SourceIp" = "203.0.113.0/24" } }
    }]
  })
}

# Through a module: the organisation comes from the caller.
module "caller_pattern" {
  source = "./modules/role"
  name   = "cond-caller-pattern"
  org    = "o-*"
}

module "caller_org" {
  source = "./modules/role"
  name   = "cond-caller-org"
  org    = "o-abc123def4"
}

# `ForAllValues:` holds when the request has no such key: any account outside every
# organisation meets it (second adversarial review).
resource "aws_s3_bucket" "for_all_values" {
  bucket = "tfaudit-cond-for-all-values"
}

resource "aws_s3_bucket_policy" "for_all_values" {
  bucket = aws_s3_bucket.for_all_values.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfaudit-cond-for-all-values/*"
      Condition = { "ForAllValues:StringEquals" = { "aws:PrincipalOrgID" = ["o-abc123def4"] } }
    }]
  })
}

resource "aws_iam_role" "for_all_values" {
  name = "cond-for-all-values"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { "ForAllValues:StringEquals" = { "aws:PrincipalOrgID" = ["o-abc123def4"] } }
    }]
  })
}
