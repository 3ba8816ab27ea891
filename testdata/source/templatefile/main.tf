# Policies written as template files and heredocs around an ARN known only at apply
# (tests/source.rs): the plan shows them unknown; the source shows every statement.

variable "partition" {
  type    = string
  default = "aws"
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_iam_role" "app" {
  name_prefix        = "app"
  assume_role_policy = templatefile("${path.module}/policies/trust.tpl", { service = "ec2.amazonaws.com" })
}

# Scoped to the bucket and the queue: no wildcard resource, no service wildcard.
resource "aws_iam_role_policy" "scoped" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/scoped.tpl", {
    partition  = var.partition
    bucket_arn = aws_s3_bucket.data.arn
    queue_arn  = aws_sqs_queue.jobs.arn
  })
}

# Every action on every resource, beside the bucket's ARN.
resource "aws_iam_role_policy" "admin" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/admin.tpl", {
    bucket_arn = aws_s3_bucket.data.arn
  })
}

# A heredoc policy with every S3 action on the bucket: a service wildcard.
resource "aws_iam_role_policy" "heredoc" {
  role   = aws_iam_role.app.id
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "s3:*",
          "Resource": ["${aws_s3_bucket.data.arn}", "${aws_s3_bucket.data.arn}/*"]
        }
      ]
    }
  EOF
}

# The resources come from a template directive: the document's shape is not known.
resource "aws_iam_role_policy" "directive" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/directive.tpl", {
    arns = [aws_s3_bucket.data.arn, aws_sqs_queue.jobs.arn]
  })
}

# An interpolation outside a JSON string: not read as a document.
resource "aws_iam_role_policy" "bare" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/bare.tpl", {
    resources = jsonencode([aws_s3_bucket.data.arn])
  })
}

# Trust policies with an interpolated principal type, one principal built in a local from a
# variable, and the app role's ARN known only at apply.
variable "trusted_kind" {
  type    = string
  default = "AWS"
}

locals {
  admin_arn = "arn:${var.partition}:iam::444455556666:role/admin"
}

resource "aws_iam_role" "cross" {
  name_prefix = "cross"
  assume_role_policy = templatefile("${path.module}/policies/keyed.tpl", {
    kind  = var.trusted_kind
    admin = local.admin_arn
    app   = aws_iam_role.app.arn
  })
}

# The same template, with any principal in place of the admin role.
resource "aws_iam_role" "open" {
  name_prefix = "open"
  assume_role_policy = templatefile("${path.module}/policies/keyed.tpl", {
    kind  = var.trusted_kind
    admin = "*"
    app   = aws_iam_role.app.arn
  })
}

# The ARN's partition, service, region and account written, the bucket's ID known only at
# apply: one bucket's objects, neither a wildcard nor malformed.
resource "aws_iam_role_policy" "qualified" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/qualified.tpl", {
    partition = var.partition
    bucket_id = aws_s3_bucket.data.id
  })
}

# An attribute known only at apply where the account goes: the ARN's shape is not known.
resource "aws_iam_role_policy" "unqualified" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/unqualified.tpl", {
    partition = var.partition
    queue_id  = aws_sqs_queue.jobs.id
  })
}

# A resource's attribute that is no identifier (a queue's URL) known only at apply: it could
# hold anything, so the resource is not known.
resource "aws_iam_role_policy" "any_attribute" {
  role = aws_iam_role.app.id
  policy = templatefile("${path.module}/policies/attribute.tpl", {
    value = aws_sqs_queue.jobs.url
  })
}
