variable "principal" {
  type = string
}

resource "aws_secretsmanager_secret_policy" "this" {
  secret_arn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:shared-AbCdEf"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.principal }
      Action    = "secretsmanager:*"
      Resource  = "*"
    }]
  })
}
