{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "${bucket_arn}/*"
    },
    {
      "Effect": "Allow",
      "Action": "sqs:SendMessage",
      "Resource": ["${queue_arn}", "arn:${partition}:sqs:us-east-1:123456789012:jobs-dlq"]
    }
  ]
}
