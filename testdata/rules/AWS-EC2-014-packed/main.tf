# AWS-EC2-014: gzip-compressed user data is not read (Unknown, not Pass), and an armoured PGP
# private key is a private key (fourth adversarial review: both passed).
locals {
  with_keys = "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
  pgp       = "#!/bin/bash\ncat > /root/key.asc <<EOT\n-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF...\n-----END PGP PRIVATE KEY BLOCK-----\nEOT\n"
}

resource "aws_launch_template" "unknown_gzip" {
  name      = "ec2014-gzip"
  user_data = base64gzip(local.with_keys)
}

resource "aws_launch_template" "fail_pgp" {
  name      = "ec2014-pgp"
  user_data = base64encode(local.pgp)
}

resource "aws_launch_template" "pass_plain" {
  name      = "ec2014-plain"
  user_data = base64encode("#!/bin/bash\nyum -y update\n")
}

# Through a module: the user data comes from the caller.
module "from_caller" {
  source    = "./modules/lt"
  user_data = local.pgp
}
