{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "sqs:SendMessage",
      "Resource": "arn:${partition}:sqs:us-east-1:${queue_id}"
    }
  ]
}
