{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": [
        %{ for i, a in arns }${i > 0 ? "," : ""}"${a}"%{ endfor }
      ]
    }
  ]
}
