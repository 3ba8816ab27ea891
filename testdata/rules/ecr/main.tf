# ECR fixtures: AWS-ECR-001 (tag immutability), AWS-ECR-002 (repository policy open to any
# principal), AWS-ECR-003 (scan on push, or registry scanning), AWS-ECR-004 (customer key).
variable "mutability" {
  type    = string
  default = "IMMUTABLE"
}

resource "aws_kms_key" "ecr" {
  description = "ecr"
}

resource "aws_iam_role" "puller" {
  name = "puller"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

locals {
  key = aws_kms_key.ecr.arn
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "eu-west-1"
}

# Basic registry scanning on push: only repositories whose name starts with "scanned-".
resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "BASIC"
  rule {
    scan_frequency = "SCAN_ON_PUSH"
    repository_filter {
      filter      = "scanned-*"
      filter_type = "WILDCARD"
    }
  }
}

# Nothing set: mutable tags, no scan on push, AES256.
resource "aws_ecr_repository" "defaults" {
  name = "defaults"
}

resource "aws_ecr_repository" "hardened" {
  name                 = "hardened"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

# Scanned by the registry's rule; mutability from a variable; KMS with the AWS managed key.
resource "aws_ecr_repository" "scanned_by_registry" {
  name                 = "scanned-api"
  image_tag_mutability = var.mutability
  encryption_configuration {
    encryption_type = "KMS"
  }
}

# Values known only at apply; the key behind a local.
resource "aws_ecr_repository" "unknowns" {
  name                 = "unknowns"
  image_tag_mutability = aws_kms_key.ecr.arn != "" ? "IMMUTABLE" : "MUTABLE"
  image_scanning_configuration {
    scan_on_push = aws_kms_key.ecr.arn != ""
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = local.key
  }
}

# Explicitly mutable, scanning off, a literal customer key ARN.
resource "aws_ecr_repository" "mutable_literal_key" {
  name                 = "mutable"
  image_tag_mutability = "MUTABLE"
  image_scanning_configuration {
    scan_on_push = false
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

module "repo" {
  source     = "./modules/repo"
  mutability = "MUTABLE"
}

resource "aws_ecr_repository_policy" "public" {
  repository = aws_ecr_repository.defaults.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Everyone"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    }]
  })
}

resource "aws_ecr_repository_policy" "organisation" {
  repository = aws_ecr_repository.hardened.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Org"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_ecr_repository_policy" "account" {
  repository = aws_ecr_repository.mutable_literal_key.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Account"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "ecr:*"
    }]
  })
}

resource "aws_ecr_repository_policy" "role_from_plan" {
  repository = aws_ecr_repository.unknowns.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Role"
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.puller.arn }
      Action    = "ecr:BatchGetImage"
    }]
  })
}

# In eu-west-1, enhanced scanning of "prod-*" only: a repository's own scan_on_push is ignored.
resource "aws_ecr_registry_scanning_configuration" "west" {
  provider  = aws.west
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "prod-*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "west_own_flag_ignored" {
  provider             = aws.west
  name                 = "dev-api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "west_enhanced_match" {
  provider             = aws.west
  name                 = "prod-api"
  image_tag_mutability = "IMMUTABLE"
}
