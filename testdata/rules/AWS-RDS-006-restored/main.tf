# AWS-RDS-006: an instance restored from a snapshot, or to a point in time, without
# storage_encrypted has its source's encryption, which the plan does not show (third
# adversarial review: it failed).
resource "aws_db_instance" "unknown_from_snapshot" {
  identifier          = "rds006-from-snapshot"
  instance_class      = "db.t3.micro"
  snapshot_identifier = "my-snapshot"
  skip_final_snapshot = true
}

resource "aws_db_instance" "unknown_point_in_time" {
  identifier          = "rds006-point-in-time"
  instance_class      = "db.t3.micro"
  skip_final_snapshot = true
  restore_to_point_in_time {
    source_db_instance_identifier = "rds006-source"
    use_latest_restorable_time    = true
  }
}

resource "aws_db_instance" "pass_from_snapshot_encrypted" {
  identifier          = "rds006-from-snapshot-encrypted"
  instance_class      = "db.t3.micro"
  snapshot_identifier = "my-snapshot"
  storage_encrypted   = true
  skip_final_snapshot = true
}

resource "aws_db_instance" "fail_new" {
  identifier          = "rds006-new"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "admin"
  manage_master_user_password = true
  skip_final_snapshot = true
}
