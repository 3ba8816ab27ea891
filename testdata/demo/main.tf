# tfaudit demo: a small web stack. Some controls are right, some problems are planted.
variable "region" {
  default = "us-east-1"
}

variable "environment" {
  default = "prod"
}

# Planted: the egress allow-list was meant to be narrowed before merge.
variable "egress_cidrs" {
  default = ["0.0.0.0/0"]
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "demo-password-do-not-print"
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
  default   = "demo-redis-token-do-not-print"
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      Environment = var.environment
      Owner       = "platform-team"
    }
  }
}

module "network" {
  source       = "./modules/network"
  cidr_block   = "10.20.0.0/16"
  egress_cidrs = var.egress_cidrs
  region       = var.region
}

# The flow log lives in its own module, fed the VPC ID through a variable.
module "flow_logs" {
  source      = "./modules/flow_logs"
  vpc_id      = module.network.vpc_id
  kms_key_arn = aws_kms_key.data.arn
}

module "web" {
  source             = "./modules/web"
  vpc_id             = module.network.vpc_id
  vpc_cidr           = "10.20.0.0/16"
  public_subnet_ids  = module.network.public_subnet_ids
  private_subnet_ids = module.network.private_subnet_ids
  alerts_topic_arn   = aws_sns_topic.alerts.arn
}

resource "aws_sns_topic" "alerts" {
  name = "shop-alerts"
  tags = { Project = "shop" }
}

# Planted: the CDN in front of the load balancer has no WAF web ACL.
resource "aws_cloudfront_distribution" "shop" {
  enabled = true
  origin {
    domain_name = module.web.alb_dns_name
    origin_id   = "alb"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "alb"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
  tags = { Project = "shop" }
}

module "storage" {
  source      = "./modules/storage"
  name        = "demo-shop-assets"
  kms_key_arn = aws_kms_key.data.arn
  log_bucket  = module.flow_logs.bucket
}

resource "aws_kms_key" "data" {
  description         = "S3 data"
  enable_key_rotation = true
  tags                = { Project = "shop" }
}

# Planted: a bucket with none of the controls: no public access block, versioning, logging,
# TLS-only policy, lifecycle or KMS encryption.
resource "aws_s3_bucket" "exports" {
  bucket = "demo-shop-exports"
  tags   = { Project = "shop" }
}

locals {
  reports_key = aws_kms_key.logs.arn
}

resource "aws_kms_key" "logs" {
  description         = "CloudWatch Logs"
  enable_key_rotation = true
  tags                = { Project = "shop" }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/shop/app"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.logs.arn
  tags              = { Project = "shop" }
}

# Planted: not encrypted with a customer key.
resource "aws_cloudwatch_log_group" "audit" {
  name              = "/shop/audit"
  retention_in_days = 365
  tags              = { Project = "shop" }
}

# Unknown: the key goes through a local, which the plan JSON does not carry.
resource "aws_cloudwatch_log_group" "reports" {
  name              = "/shop/reports"
  retention_in_days = 90
  kms_key_id        = local.reports_key
  tags              = { Project = "shop" }
}

resource "aws_db_subnet_group" "db" {
  name       = "shop-db"
  subnet_ids = module.network.private_subnet_ids
  tags       = { Project = "shop" }
}

# Planted: storage encryption left at the default.
resource "aws_db_instance" "orders" {
  identifier             = "shop-orders"
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  allocated_storage      = 20
  username               = "shop"
  password               = var.db_password
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [module.network.app_security_group_id]
  skip_final_snapshot    = true
  tags                   = { Project = "shop" }
}

resource "aws_elasticache_subnet_group" "cache" {
  name       = "shop-cache"
  subnet_ids = module.network.private_subnet_ids
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "shop-sessions"
  description                = "session store"
  node_type                  = "cache.t3.micro"
  subnet_group_name          = aws_elasticache_subnet_group.cache.name
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
  auth_token                 = var.redis_auth_token
  tags                       = { Project = "shop" }
}

# Planted: TLS on, but no AUTH token and no user groups.
resource "aws_elasticache_replication_group" "cart" {
  replication_group_id       = "shop-cart"
  description                = "cart cache"
  node_type                  = "cache.t3.micro"
  subnet_group_name          = aws_elasticache_subnet_group.cache.name
  transit_encryption_enabled = true
  tags                       = { Project = "shop" }
}

# Serverless order intake, in its own module.
module "api" {
  source     = "./modules/api"
  table_name = "orders"
}
