# AWS-TAG-001: required tags after provider default_tags (Owner here), with an aliased provider
# that has none, a module that inherits them, and tags unknown at plan time (one unknown value
# makes Terraform mark the whole map unknown, so its keys are unknown too).
provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = {
      Owner = "platform"
    }
  }
}

provider "aws" {
  alias  = "bare"
  region = "us-east-1"
}

resource "aws_s3_bucket" "pass_defaults_plus_tags" {
  bucket = "example-pass-defaults-plus-tags"
  tags = {
    Environment = "test"
    Project     = "tfaudit"
  }
}

resource "aws_sqs_queue" "fail_missing_project" {
  name = "fail-missing-project"
  tags = {
    Environment = "test"
  }
}

resource "aws_sqs_queue" "fail_alias_without_defaults" {
  provider = aws.bare
  name     = "fail-alias-without-defaults"
  tags = {
    Environment = "test"
    Project     = "tfaudit"
  }
}

resource "aws_sqs_queue" "unknown_one_value_unknown" {
  name = "unknown-one-value"
  tags = {
    Environment = "test"
    Project     = aws_s3_bucket.pass_defaults_plus_tags.arn
  }
}

resource "aws_sqs_queue" "unknown_keys_unknown" {
  name = "unknown-keys"
  tags = { for k in [aws_s3_bucket.pass_defaults_plus_tags.id] : k => "x" }
}

# No tags argument in the schema: not judged.
resource "aws_s3_bucket_public_access_block" "helper_untaggable" {
  bucket                  = aws_s3_bucket.pass_defaults_plus_tags.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

module "topic" {
  source = "./modules/topic"
}
