resource "aws_iam_role" "flow_logs" {
  name_prefix = "mod-flow-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "vpc-flow-logs.amazonaws.com" } }]
  })
}

output "arn" {
  value = aws_iam_role.flow_logs.arn
}
