# AWS-VPC-015: databases, caches and Classic Load Balancers that name no subnet group or subnets
# land in the default VPC of their region. One region per case (one default VPC each); the
# subnet group of the first comes from a variable left null.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "ap"
  region = "ap-southeast-1"
}

provider "aws" {
  alias  = "us2"
  region = "us-west-2"
}

provider "aws" {
  alias  = "ca"
  region = "ca-central-1"
}

provider "aws" {
  alias  = "sa"
  region = "sa-east-1"
}

variable "subnet_group" {
  type    = string
  default = null
}

resource "aws_default_vpc" "fail_database" {}

resource "aws_db_instance" "db" {
  identifier           = "app"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  username             = "app"
  password             = "not-a-real-password-1"
  db_subnet_group_name = var.subnet_group
  storage_encrypted    = true
}

resource "aws_default_vpc" "fail_cache" {
  provider = aws.eu
}

resource "aws_elasticache_replication_group" "cache" {
  provider             = aws.eu
  replication_group_id = "app"
  description          = "app"
  node_type            = "cache.t3.micro"
  num_cache_clusters   = 1
}

resource "aws_default_vpc" "fail_classic_lb" {
  provider = aws.ap
}

resource "aws_elb" "lb" {
  provider           = aws.ap
  name               = "app"
  availability_zones = ["ap-southeast-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_default_vpc" "fail_warehouse" {
  provider = aws.ca
}

resource "aws_redshift_cluster" "dw" {
  provider           = aws.ca
  cluster_identifier = "app"
  node_type          = "ra3.xlplus"
  master_username    = "app"
  master_password    = "NotARealPassword1"
  encrypted          = true
}

# A read replica is placed with its source (outside this plan): nothing lands here.
resource "aws_default_vpc" "pass_replica_only" {
  provider = aws.us2
}

resource "aws_db_instance" "replica" {
  provider            = aws.us2
  identifier          = "app-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = "arn:aws:rds:us-west-2:111122223333:db:app"
  storage_encrypted   = true
}

# A database in a subnet group of another VPC.
resource "aws_default_vpc" "pass_database_elsewhere" {
  provider = aws.sa
}

resource "aws_vpc" "own" {
  provider   = aws.sa
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  provider          = aws.sa
  vpc_id            = aws_vpc.own.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "sa-east-1a"
}

resource "aws_subnet" "b" {
  provider          = aws.sa
  vpc_id            = aws_vpc.own.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "sa-east-1b"
}

resource "aws_db_subnet_group" "own" {
  provider   = aws.sa
  name       = "own"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}

resource "aws_db_instance" "placed" {
  provider             = aws.sa
  identifier           = "placed"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  username             = "app"
  password             = "not-a-real-password-2"
  db_subnet_group_name = aws_db_subnet_group.own.name
  storage_encrypted    = true
}
