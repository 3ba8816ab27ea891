# AWS-CW-004: the launch template's base64 user data installs the agent.
resource "aws_cloudwatch_metric_alarm" "pass_memory" {
  alarm_name          = "pass_memory"
  namespace           = "CWAgent"
  metric_name         = "mem_used_percent"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode("#!/bin/bash\nyum install -y amazon-cloudwatch-agent\n")
}
