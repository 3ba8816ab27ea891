{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "${kind}": ["${app}", "${admin}"] },
      "Action": "sts:AssumeRole"
    }
  ]
}
