# The unit of the cross-reference benchmark (`make bench`): scripts/gen-crossref-plan.py copies
# every block not named shared* into one root module, with a per-copy suffix on the block name
# and on the known names that contain "tfb-uN-", so that each copy links to its own companions
# and to the one shared VPC, log group, log bucket and bastion group.
# The three units link to their companions in the three ways plans do: u1 by expressions that
# are unknown until apply (.id, .arn), u2 by known values (.bucket, .name, literal ARNs), u3 by
# literal names only; u2 and u3 also refer to u1's blocks (references across units).

# ---- Shared by every copy ----

resource "aws_vpc" "shared" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_cloudwatch_log_group" "shared_flow" {
  name              = "tfb-shared-flow"
  retention_in_days = 365
}

resource "aws_iam_role" "shared_flow" {
  name = "tfb-shared-flow"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "shared_flow" {
  name = "tfb-shared-flow"
  role = aws_iam_role.shared_flow.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
      Resource = "${aws_cloudwatch_log_group.shared_flow.arn}:*"
    }]
  })
}

resource "aws_flow_log" "shared_vpc" {
  vpc_id          = aws_vpc.shared.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.shared_flow.arn
  iam_role_arn    = aws_iam_role.shared_flow.arn
}

resource "aws_security_group" "shared_bastion" {
  name        = "tfb-shared-bastion"
  description = "Bastion hosts"
  vpc_id      = aws_vpc.shared.id
}

resource "aws_s3_bucket" "shared_logs" {
  bucket = "tfb-shared-logs"
}

resource "aws_s3_bucket_public_access_block" "shared_logs" {
  bucket                  = aws_s3_bucket.shared_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "shared_logs" {
  bucket = aws_s3_bucket.shared_logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "shared_logs" {
  bucket = aws_s3_bucket.shared_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_policy" "shared_logs" {
  bucket = aws_s3_bucket.shared_logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ServerAccessLogs"
        Effect    = "Allow"
        Principal = { Service = "logging.s3.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.shared_logs.arn}/*"
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.shared_logs.arn, "${aws_s3_bucket.shared_logs.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

# ---- Unit u1: companions by expressions unknown until apply ----

resource "aws_kms_key" "u1" {
  description         = "tfb-u1 data"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data_u1" {
  bucket = "tfb-u1-data"
}

resource "aws_s3_bucket_public_access_block" "data_u1" {
  bucket                  = aws_s3_bucket.data_u1.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "data_u1" {
  bucket = aws_s3_bucket.data_u1.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_u1" {
  bucket = aws_s3_bucket.data_u1.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.u1.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_logging" "data_u1" {
  bucket        = aws_s3_bucket.data_u1.id
  target_bucket = aws_s3_bucket.shared_logs.id
  target_prefix = "tfb-u1-data/"
}

resource "aws_s3_bucket_policy" "data_u1" {
  bucket = aws_s3_bucket.data_u1.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TlsOnly"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.data_u1.arn, "${aws_s3_bucket.data_u1.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_security_group" "app_u1" {
  name        = "tfb-u1-app"
  description = "u1 application"
  vpc_id      = aws_vpc.shared.id
}

resource "aws_security_group" "db_u1" {
  name        = "tfb-u1-db"
  description = "u1 database"
  vpc_id      = aws_vpc.shared.id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_app_u1" {
  security_group_id            = aws_security_group.db_u1.id
  referenced_security_group_id = aws_security_group.app_u1.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "app_from_bastion_u1" {
  security_group_id            = aws_security_group.app_u1.id
  referenced_security_group_id = aws_security_group.shared_bastion.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
}

resource "aws_vpc_security_group_egress_rule" "app_to_db_u1" {
  security_group_id            = aws_security_group.app_u1.id
  referenced_security_group_id = aws_security_group.db_u1.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_iam_role" "app_u1" {
  name = "tfb-u1-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "app_u1" {
  name = "tfb-u1-data"
  role = aws_iam_role.app_u1.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "${aws_s3_bucket.data_u1.arn}/*"
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = aws_kms_key.u1.arn
      },
    ]
  })
}

resource "aws_subnet" "app_u1" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_flow_log" "app_u1" {
  subnet_id       = aws_subnet.app_u1.id
  traffic_type    = "REJECT"
  log_destination = aws_cloudwatch_log_group.shared_flow.arn
  iam_role_arn    = aws_iam_role.shared_flow.arn
}

# ---- Unit u2: companions by known values; refers to u1 ----

resource "aws_s3_bucket" "data_u2" {
  bucket = "tfb-u2-data"
}

resource "aws_s3_bucket_public_access_block" "data_u2" {
  bucket                  = aws_s3_bucket.data_u2.bucket
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "data_u2" {
  bucket = aws_s3_bucket.data_u2.bucket
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket_logging" "data_u2" {
  bucket        = aws_s3_bucket.data_u2.bucket
  target_bucket = "tfb-shared-logs"
  target_prefix = "tfb-u2-data/"
}

resource "aws_s3_bucket_policy" "data_u2" {
  bucket = aws_s3_bucket.data_u2.bucket
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReadFromU1"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/tfb-u1-app" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::tfb-u2-data/*"
    }]
  })
}

resource "aws_security_group" "worker_u2" {
  name        = "tfb-u2-worker"
  description = "u2 workers"
  vpc_id      = aws_vpc.shared.id
}

resource "aws_security_group_rule" "worker_from_u1_app" {
  type                     = "ingress"
  security_group_id        = aws_security_group.worker_u2.id
  source_security_group_id = aws_security_group.app_u1.id
  protocol                 = "tcp"
  from_port                = 8080
  to_port                  = 8080
  description              = "u1 app to u2 workers"
}

resource "aws_security_group_rule" "worker_egress_u2" {
  type              = "egress"
  security_group_id = aws_security_group.worker_u2.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_iam_role" "worker_u2" {
  name = "tfb-u2-worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })
}

resource "aws_iam_policy" "worker_u2" {
  name = "tfb-u2-worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::tfb-u2-data", "arn:aws:s3:::tfb-u2-data/*"]
      },
      {
        Effect   = "Allow"
        Action   = "s3:GetObject"
        Resource = "${aws_s3_bucket.data_u1.arn}/*"
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "worker_u2" {
  role       = aws_iam_role.worker_u2.name
  policy_arn = aws_iam_policy.worker_u2.arn
}

resource "aws_cloudwatch_log_group" "flow_u2" {
  name              = "tfb-u2-flow"
  retention_in_days = 30
}

resource "aws_subnet" "worker_u2" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_flow_log" "worker_u2" {
  subnet_id       = aws_subnet.worker_u2.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow_u2.arn
  iam_role_arn    = aws_iam_role.shared_flow.arn
}

# ---- Unit u3: literal names only, and weaker settings (findings to pair) ----

resource "aws_s3_bucket" "data_u3" {
  bucket = "tfb-u3-data"
}

resource "aws_s3_bucket_versioning" "data_u3" {
  bucket = "tfb-u3-data"
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_u3" {
  bucket = "tfb-u3-data"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_security_group" "public_u3" {
  name        = "tfb-u3-public"
  description = "u3 public endpoint"
  vpc_id      = aws_vpc.shared.id

  ingress {
    description = "SSH from anywhere"
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "db_u1_from_u3" {
  security_group_id            = aws_security_group.db_u1.id
  referenced_security_group_id = aws_security_group.public_u3.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_iam_role" "admin_u3" {
  name = "tfb-u3-admin"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "admin_u3" {
  name = "tfb-u3-admin"
  role = "tfb-u3-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = "*"
    }]
  })
  depends_on = [aws_iam_role.admin_u3]
}

resource "aws_flow_log" "public_u3" {
  subnet_id            = aws_subnet.app_u1.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.shared_logs.arn
}
