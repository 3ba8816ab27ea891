# F14 Kinesis rules: AWS-KIN-001 (data streams), AWS-KIN-002 (Firehose with a customer key).
variable "stream_encryption" {
  type    = string
  default = "NONE"
}

resource "aws_kms_key" "stream" {
  description = "stream"
}

resource "aws_eip" "helper" {
  domain = "vpc"
}

resource "aws_kinesis_stream" "kms" {
  name            = "kms"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.stream.arn
}

resource "aws_kinesis_stream" "aws_managed_key" {
  name            = "aws-managed-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kinesis_stream" "unencrypted" {
  name        = "unencrypted"
  shard_count = 1
}

resource "aws_kinesis_stream" "from_var" {
  name            = "from-var"
  shard_count     = 1
  encryption_type = var.stream_encryption
}

# A customer key named, but encryption off (through a variable): nothing is encrypted.
resource "aws_kinesis_stream" "key_without_encryption" {
  name            = "key-without-encryption"
  shard_count     = 1
  encryption_type = var.stream_encryption
  kms_key_id      = aws_kms_key.stream.arn
}

resource "aws_kinesis_stream" "unknown_at_apply" {
  name            = "unknown-at-apply"
  shard_count     = 1
  encryption_type = aws_eip.helper.public_ip != "" ? "KMS" : "NONE"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_iam_role" "firehose" {
  name = "firehose"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "firehose.amazonaws.com" } }]
  })
}

resource "aws_kinesis_firehose_delivery_stream" "customer_key" {
  name        = "customer-key"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = "arn:aws:s3:::firehose-fixture"
  }
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.stream.arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "aws_owned_key" {
  name        = "aws-owned-key"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = "arn:aws:s3:::firehose-fixture"
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "no_encryption" {
  name        = "no-encryption"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = "arn:aws:s3:::firehose-fixture"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "enabled_unknown" {
  name        = "enabled-unknown"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = "arn:aws:s3:::firehose-fixture"
  }
  server_side_encryption {
    enabled  = aws_eip.helper.public_ip != ""
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.stream.arn
  }
}

# Reads from a Kinesis stream: the stream encrypts, Firehose SSE does not apply.
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.kms.arn
    role_arn           = aws_iam_role.firehose.arn
  }
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = "arn:aws:s3:::firehose-fixture"
  }
}

variable "firehose_key_type" {
  type    = string
  default = "AWS_OWNED_CMK"
}

resource "aws_kinesis_firehose_delivery_stream" "key_type_from_var" {
  name        = "key-type-from-var"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = "arn:aws:s3:::firehose-fixture"
  }
  server_side_encryption {
    enabled  = true
    key_type = var.firehose_key_type
  }
}
