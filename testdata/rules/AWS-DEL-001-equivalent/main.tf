# AWS-DEL-001: planned against seed.tfstate.json (tfplan.args). Controls deleted while an
# equivalent one covers the same VPC or bucket pass; a weaker or missing one fails; a control
# removed with `destroy = false` is forgotten, not deleted. Also the --changed-only cases: a
# public access block weakened in place and a flow log moved to another VPC (tests/cli.rs).
resource "aws_vpc" "main" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc" "other" {
  cidr_block = "10.51.0.0/16"
}

resource "aws_vpc" "third" {
  cidr_block = "10.52.0.0/16"
}

resource "aws_vpc" "a" {
  cidr_block = "10.53.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.54.0.0/16"
}

# Replaces aws_flow_log.pass_superseded (same VPC, new address).
resource "aws_flow_log" "main_new" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

# Replaces aws_flow_log.pass_superseded_via_module, through a module variable.
module "logs" {
  source = "./modules/flowlog"
  vpc_id = aws_vpc.third.id
}

# Moved from VPC a to VPC b: VPC a loses its flow log.
resource "aws_flow_log" "fail_moved_to_other_vpc" {
  vpc_id               = aws_vpc.b.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

removed {
  from = aws_flow_log.pass_forgotten
  lifecycle {
    destroy = false
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket" "shared" {
  bucket = "example-shared"
}

# Replaces aws_s3_bucket_public_access_block.pass_recreated_at_new_address.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Takes the place of aws_s3_bucket_public_access_block.fail_weaker_replacement, weaker.
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = "example-logs"
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Weakened in place (update).
resource "aws_s3_bucket_public_access_block" "shared" {
  bucket                  = aws_s3_bucket.shared.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}
