# Bucket policies merged with source_policy_documents = compact([...]) the way the s3-bucket
# module writes them (tests/source.rs): the documents are known only at apply (the bucket's
# ARN), and the plan lists the merge's references only.

variable "attach_tls" {
  type    = bool
  default = true
}

variable "attach_public" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "private" {
  bucket_prefix = "private"
}

resource "aws_s3_bucket" "public" {
  bucket_prefix = "public"
}

data "aws_iam_policy_document" "tls" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.private.arn, "${aws_s3_bucket.private.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "read_anyone" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.public.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

# The TLS document only: var.attach_public is false.
data "aws_iam_policy_document" "private" {
  source_policy_documents = compact([
    var.attach_tls ? data.aws_iam_policy_document.tls.json : "",
    var.attach_public ? data.aws_iam_policy_document.read_anyone.json : "",
  ])
}

# Both documents: anyone may read.
data "aws_iam_policy_document" "public" {
  source_policy_documents = compact([
    var.attach_tls ? data.aws_iam_policy_document.tls.json : "",
    !var.attach_public ? data.aws_iam_policy_document.read_anyone.json : "",
  ])
}

resource "aws_s3_bucket_policy" "private" {
  bucket = aws_s3_bucket.private.id
  policy = data.aws_iam_policy_document.private.json
}

resource "aws_s3_bucket_policy" "public" {
  bucket = aws_s3_bucket.public.id
  policy = data.aws_iam_policy_document.public.json
}

variable "custom_policy" {
  type    = string
  default = "{}"
}

# A list of one choice, statements of its own with other Sids, and an override without
# statements: the TLS statement, then anyone may list the bucket.
data "aws_iam_policy_document" "layered" {
  source_policy_documents   = [var.attach_public ? data.aws_iam_policy_document.read_anyone.json : data.aws_iam_policy_document.tls.json]
  override_policy_documents = [var.custom_policy]
  statement {
    sid       = "PublicList"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.private.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

# A statement of its own with the Sid of a merged one replaces it: not merged by tfaudit.
data "aws_iam_policy_document" "replaced" {
  source_policy_documents = [data.aws_iam_policy_document.tls.json]
  statement {
    sid       = "DenyInsecureTransport"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.private.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
  }
}

# A choice between lists: the TLS one.
data "aws_iam_policy_document" "chosen" {
  source_policy_documents = var.attach_public ? [data.aws_iam_policy_document.read_anyone.json] : [data.aws_iam_policy_document.tls.json]
}

# A choice between lists: the public read.
data "aws_iam_policy_document" "chosen_public" {
  source_policy_documents = !var.attach_public ? [data.aws_iam_policy_document.read_anyone.json] : [data.aws_iam_policy_document.tls.json]
}
