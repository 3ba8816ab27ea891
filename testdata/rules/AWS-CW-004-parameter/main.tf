# AWS-CW-004: the agent configuration is in an AmazonCloudWatch-* SSM parameter.
resource "aws_cloudwatch_metric_alarm" "pass_disk" {
  alarm_name          = "pass_disk"
  namespace           = "CWAgent"
  metric_name         = "disk_used_percent"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_ssm_parameter" "agent" {
  name  = "AmazonCloudWatch-app"
  type  = "String"
  value = jsonencode({ metrics = { metrics_collected = { disk = { measurement = ["used_percent"] } } } })
}
