# AWS-CW-004: the only user data is unknown until apply.
resource "aws_cloudwatch_metric_alarm" "unknown_memory" {
  alarm_name          = "unknown_memory"
  namespace           = "CWAgent"
  metric_name         = "mem_used_percent"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_s3_bucket" "artifacts" {
  bucket_prefix = "artifacts-"
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode("#!/bin/bash\naws s3 cp s3://${aws_s3_bucket.artifacts.id}/setup.sh - | bash\n")
}
