# The resolver's soundness classes (issue 12), one real plan: each resource is named for the
# class it pins; tests/model.rs asserts what the Stack makes of it.

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

variable "on" {
  type    = bool
  default = false
}

variable "cfg" {
  type    = object({ route_table_ids = list(string), name = string })
  default = { route_table_ids = [], name = "x" }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "a" {
  vpc_id = aws_vpc.main.id
}

# 1. What the plan knows beats what the configuration suggests.
resource "aws_flow_log" "known_null" {
  vpc_id               = var.on ? aws_vpc.main.id : null
  eni_id               = "eni-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_vpc_endpoint" "conditional" {
  vpc_id          = aws_vpc.main.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = var.on ? [aws_route_table.a.id] : []
}

# 2. Zero instances are not "set".
resource "aws_route_table" "zero" {
  count  = 0
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_endpoint" "zero" {
  vpc_id          = aws_vpc.main.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = aws_route_table.zero[*].id
}

resource "aws_vpc_endpoint" "zero_and_one" {
  vpc_id          = aws_vpc.main.id
  service_name    = "com.amazonaws.us-east-1.dynamodb"
  route_table_ids = concat(aws_route_table.zero[*].id, [aws_route_table.a.id])
}

# 3. Instance pairing never falls back to "all instances".
resource "aws_vpc" "many" {
  count      = 2
  cidr_block = "10.${count.index + 1}.0.0/16"
}

resource "aws_flow_log" "paired" {
  count                = 3
  vpc_id               = element(aws_vpc.many[*].id, count.index)
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_flow_log" "by_id_map" {
  for_each             = { x = aws_vpc.many[0].id, y = aws_vpc.many[1].id }
  vpc_id               = each.value
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

module "m" {
  source   = "./modules/m"
  for_each = { a = 0, b = 1 }
  vpc_id   = aws_vpc.many[each.value].id
  net      = aws_vpc.main
  obj      = { route_table_ids = [aws_route_table.a.id], other = aws_vpc.main.id }
}

# 4. Attribute paths of variables and outputs are followed.
resource "aws_vpc_endpoint" "var_path" {
  vpc_id          = aws_vpc.main.id
  service_name    = "com.amazonaws.us-east-1.ec2"
  route_table_ids = var.cfg.route_table_ids
}

resource "aws_ssm_parameter" "output_path" {
  name  = "/soundness/vpc"
  type  = "String"
  value = module.m["a"].settings.vpc
}

# 5. A reference beats a name; names match within one provider configuration.
resource "aws_db_parameter_group" "us" {
  name   = "pg"
  family = "postgres16"
}

resource "aws_db_parameter_group" "eu" {
  provider = aws.eu
  name     = "pg"
  family   = "postgres16"
}

resource "aws_db_instance" "eu_by_reference" {
  provider             = aws.eu
  identifier           = "eu-db"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  username             = "app"
  manage_master_user_password = true
  parameter_group_name = aws_db_parameter_group.eu.name
  skip_final_snapshot  = true
}

resource "aws_db_instance" "us_by_name" {
  identifier           = "us-db"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  username             = "app"
  manage_master_user_password = true
  parameter_group_name = "pg"
  skip_final_snapshot  = true
}

# 6. Data sources keyed by a planned resource.
data "aws_vpc" "by_id" {
  id = aws_vpc.main.id
}

resource "aws_flow_log" "via_data" {
  vpc_id               = data.aws_vpc.by_id.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

data "aws_vpc" "by_tags" {
  tags = { Name = aws_vpc.main.arn }
}

resource "aws_flow_log" "via_untied_data" {
  vpc_id               = data.aws_vpc.by_tags.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

# 7. Unknown blocks are Unknown.
resource "aws_s3_bucket" "b" {
  bucket = "soundness-bucket"
}

resource "aws_security_group" "dynamic_egress" {
  vpc_id = aws_vpc.main.id
  dynamic "egress" {
    for_each = aws_vpc.main.id == "" ? [] : [1]
    content {
      from_port   = 0
      to_port     = 0
      protocol    = "-1"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_security_group" "no_egress" {
  vpc_id = aws_vpc.main.id
}

resource "aws_s3_bucket_lifecycle_configuration" "dynamic_transition" {
  bucket = aws_s3_bucket.b.id
  rule {
    id     = "archive"
    status = "Enabled"
    filter {}
    dynamic "transition" {
      for_each = aws_vpc.main.id == "" ? [] : [1]
      content {
        days          = 30
        storage_class = "GLACIER"
      }
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "dynamic_rule" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = aws_vpc.main.id == "" ? [] : [1]
    content {
      id     = "expire"
      status = "Enabled"
      filter {}
      expiration {
        days = 30
      }
    }
  }
}

# 2 and 3 through modules: a module with no instances, a splat over a module's instances, a
# for_each over a module's instances.
module "off" {
  source = "./modules/vpc"
  count  = 0
}

module "per" {
  source   = "./modules/vpc"
  for_each = toset(["a", "b"])
}

resource "aws_flow_log" "try_module_off" {
  vpc_id               = try(module.off[0].vpc_id, aws_vpc.main.id)
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_flow_log" "one_of_splat" {
  vpc_id               = one(module.per[*]["a"].vpc_id)
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_flow_log" "for_each_module" {
  for_each             = module.per
  vpc_id               = each.value.vpc_id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

# Found in review: a known value beside a reference, a choice between resources for a value
# that holds one, a constant index into a splat, a path into an object holding a whole resource.
variable "use_shared" {
  type    = bool
  default = true
}

variable "shared_vpc_id" {
  type    = string
  default = "vpc-0123456789abcdef0"
}

resource "aws_flow_log" "known_other" {
  vpc_id               = var.use_shared ? var.shared_vpc_id : aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_flow_log" "choice" {
  vpc_id               = try(aws_vpc.many[0].id, aws_vpc.main.id)
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

resource "aws_flow_log" "constant_index" {
  vpc_id               = element(aws_vpc.many[*].id, 0)
  traffic_type         = "ALL"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_destination_type = "s3"
}

module "object_with_resource" {
  source = "./modules/object"
  net    = { vpc = aws_vpc.main, route_table_ids = [] }
}

# 7, the other way: a dynamic block over a known collection is expanded in the plan; the
# values it knows inside it are those values, though provider-computed fields stay unknown.
resource "aws_launch_template" "dynamic_known" {
  name = "soundness"
  dynamic "metadata_options" {
    for_each = ["one"]
    content {
      http_tokens = "required"
    }
  }
}
