# AWS-S3-004: bucket policies that deny requests without TLS.
data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::example-s3004-pass", "arn:aws:s3:::example-s3004-pass/*"]
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

resource "aws_s3_bucket" "pass_tls_only_policy" {
  bucket = "example-s3004-pass"
}

resource "aws_s3_bucket_policy" "helper_tls" {
  bucket = aws_s3_bucket.pass_tls_only_policy.id
  policy = data.aws_iam_policy_document.tls_only.json
}

resource "aws_s3_bucket" "fail_policy_without_tls" {
  bucket = "example-s3004-fail"
}

resource "aws_s3_bucket_policy" "helper_read" {
  bucket = aws_s3_bucket.fail_policy_without_tls.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/reader" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::example-s3004-fail/*" }]
  })
}

resource "aws_s3_bucket" "fail_no_policy" {
  bucket = "example-s3004-none"
}

resource "aws_s3_bucket" "unknown_policy_unknown" {
  bucket = "example-s3004-unknown"
}

resource "aws_s3_bucket_policy" "helper_unknown" {
  bucket = aws_s3_bucket.unknown_policy_unknown.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = ["${aws_s3_bucket.unknown_policy_unknown.arn}/*"], Condition = { Bool = { "aws:SecureTransport" = "false" } } }]
  })
}

# A policy document whose JSON Terraform writes only at apply (it names the new bucket's ARN):
# its statements decide, the ARN does not.
resource "aws_s3_bucket" "pass_document_at_apply" {
  bucket = "example-s3004-doc-tls"
}

data "aws_iam_policy_document" "tls_at_apply" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.pass_document_at_apply.arn, "${aws_s3_bucket.pass_document_at_apply.arn}/*"]
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

resource "aws_s3_bucket_policy" "helper_tls_at_apply" {
  bucket = aws_s3_bucket.pass_document_at_apply.id
  policy = data.aws_iam_policy_document.tls_at_apply.json
}

resource "aws_s3_bucket" "fail_document_at_apply" {
  bucket = "example-s3004-doc-read"
}

data "aws_iam_policy_document" "read_at_apply" {
  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.fail_document_at_apply.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "helper_read_at_apply" {
  bucket = aws_s3_bucket.fail_document_at_apply.id
  policy = data.aws_iam_policy_document.read_at_apply.json
}
