# Model fixture: what the Stack must resolve. Planned against seed.tfstate.json (see
# tfplan.args), so the plan also has objects that exist, one being deleted and one replaced.
variable "region" {
  default = "eu-west-1"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "model-fixture-password"
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "us"
  region = "us-east-2"
}

locals {
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# count instances, and references to them with and without an index.
resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.${count.index}.0/24"
}

# for_each instances.
resource "aws_route_table" "rt" {
  for_each = toset(["a", "b"])
  vpc_id   = aws_vpc.main.id
}

resource "aws_route_table_association" "assoc" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.rt["a"].id
}

# A reference without an index: every instance.
resource "aws_vpc_endpoint" "s3" {
  vpc_id          = aws_vpc.main.id
  service_name    = "com.amazonaws.eu-west-1.s3"
  route_table_ids = [for rt in aws_route_table.rt : rt.id]
}

# A local: a dead end.
resource "aws_security_group" "via_local" {
  vpc_id = local.vpc_id
}

# Nested modules (two levels) with var. and outputs.
module "outer" {
  source = "./modules/outer"
  vpc_id = aws_vpc.main.id
}

resource "aws_ssm_parameter" "flow_log_id" {
  name  = "/model/flow-log-id"
  type  = "String"
  value = module.outer.flow_log_id
}

# A module instance per for_each key.
module "per_env" {
  source   = "./modules/inner"
  for_each = toset(["dev", "prod"])
  vpc_id   = aws_vpc.main.id
}

# Sensitive values.
resource "aws_db_instance" "db" {
  identifier        = "model-db"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
}

# A region from another provider configuration.
resource "aws_vpc" "east" {
  provider   = aws.us
  cidr_block = "10.9.0.0/16"
}

# Data source read during plan: lands in prior_state.
data "aws_iam_policy_document" "doc" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example/*"]
  }
}

# Exists already (seed state): its ID is known, and a literal ID points at it.
resource "aws_vpc" "legacy" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_flow_log" "by_known_id" {
  vpc_id               = "vpc-0a1b2c3d4e5f60718"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

# In the seed state with another CIDR: replaced.
resource "aws_vpc" "replaced" {
  cidr_block = "10.60.0.0/16"
}
