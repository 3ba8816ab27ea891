# AWS-IAM-001: an Allow with NotResource grants every resource but those listed, which is
# broader than Resource "*" for actions that can be scoped.
resource "aws_iam_policy" "fail_notresource" {
  name = "fail-notresource"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = ["dynamodb:GetItem"]
      NotResource = "arn:aws:dynamodb:us-east-1:210987654321:table/secrets"
    }]
  })
}

# Only actions that support nothing but "*": NotResource changes nothing.
resource "aws_iam_policy" "pass_notresource_unscopable" {
  name = "pass-notresource-unscopable"
  policy = jsonencode({
    Version     = "2012-10-17"
    Statement   = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", NotResource = "arn:aws:s3:::private" }]
  })
}

# NotAction and NotResource: nearly everything on nearly every resource.
resource "aws_iam_policy" "fail_notaction_notresource" {
  name = "fail-notaction-notresource"
  policy = jsonencode({
    Version     = "2012-10-17"
    Statement   = [{ Effect = "Allow", NotAction = "iam:*", NotResource = "arn:aws:s3:::private" }]
  })
}

# NotAction on named resources: the resources are scoped.
resource "aws_iam_policy" "pass_notaction_scoped" {
  name = "pass-notaction-scoped"
  policy = jsonencode({
    Version     = "2012-10-17"
    Statement   = [{ Effect = "Allow", NotAction = "s3:DeleteObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}

# A Deny with NotResource grants nothing.
resource "aws_iam_policy" "pass_deny_notresource" {
  name = "pass-deny-notresource"
  policy = jsonencode({
    Version     = "2012-10-17"
    Statement   = [{ Effect = "Deny", Action = "s3:GetObject", NotResource = "arn:aws:s3:::reports/*" }]
  })
}

# From a document data source, through a variable: the listed bucket is excluded, every other
# one is granted.
variable "excluded_bucket" {
  type    = string
  default = "arn:aws:s3:::audit-logs/*"
}

data "aws_iam_policy_document" "helper_doc" {
  statement {
    actions       = ["s3:GetObject"]
    not_resources = [var.excluded_bucket]
  }
}

resource "aws_iam_role" "helper" {
  name = "reader"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "fail_doc_notresource" {
  name   = "reader"
  role   = aws_iam_role.helper.id
  policy = data.aws_iam_policy_document.helper_doc.json
}
