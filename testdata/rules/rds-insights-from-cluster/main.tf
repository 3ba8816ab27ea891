# AWS-RDS-015 and AWS-RDS-016: an Aurora instance that leaves Performance Insights unset has
# its cluster's setting and key (database insights on the cluster).
variable "insights" {
  type    = bool
  default = true
}

resource "aws_kms_key" "insights" {
  description = "performance insights"
}

resource "aws_rds_cluster" "insights_aws_key" {
  cluster_identifier                    = "insights-aws-key"
  engine                                = "aurora-postgresql"
  master_username                       = "dbadmin"
  manage_master_user_password           = true
  skip_final_snapshot                   = true
  performance_insights_enabled          = var.insights
  database_insights_mode                = "advanced"
  performance_insights_retention_period = 465
}

resource "aws_rds_cluster_instance" "from_cluster_aws_key" {
  identifier         = "from-cluster-aws-key"
  cluster_identifier = aws_rds_cluster.insights_aws_key.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.insights_aws_key.engine
}

resource "aws_rds_cluster" "insights_customer_key" {
  cluster_identifier                    = "insights-customer-key"
  engine                                = "aurora-postgresql"
  master_username                       = "dbadmin"
  manage_master_user_password           = true
  skip_final_snapshot                   = true
  performance_insights_enabled          = true
  performance_insights_kms_key_id       = aws_kms_key.insights.arn
  database_insights_mode                = "advanced"
  performance_insights_retention_period = 465
}

resource "aws_rds_cluster_instance" "from_cluster_customer_key" {
  identifier         = "from-cluster-customer-key"
  cluster_identifier = aws_rds_cluster.insights_customer_key.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.insights_customer_key.engine
}

resource "aws_rds_cluster" "insights_off" {
  cluster_identifier          = "insights-off"
  engine                      = "aurora-postgresql"
  master_username             = "dbadmin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "cluster_without_insights" {
  identifier         = "cluster-without-insights"
  cluster_identifier = aws_rds_cluster.insights_off.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.insights_off.engine
}

resource "aws_rds_cluster_instance" "cluster_elsewhere" {
  identifier         = "cluster-elsewhere"
  cluster_identifier = "existing-cluster"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}
