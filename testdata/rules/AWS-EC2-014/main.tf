# AWS-EC2-014: no credentials or private keys in user data.
variable "boot_with_key" {
  type    = string
  default = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  EOT
}

variable "boot_clean" {
  type    = string
  default = "#!/bin/bash\nyum install -y nginx\n"
}

resource "aws_instance" "fail_literal_access_key" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo start
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
  EOT
}

resource "aws_instance" "fail_variable_keys" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = var.boot_with_key
}

resource "aws_instance" "fail_base64_password" {
  ami              = "ami-0123456789abcdef0"
  instance_type    = "t3.micro"
  user_data_base64 = base64encode("#!/bin/bash\nDB_PASSWORD=hunter2-fake-marker\n")
}

resource "aws_launch_template" "fail_private_key" {
  name_prefix = "fail-"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    cat > /root/.ssh/id_rsa <<'KEY'
    -----BEGIN RSA PRIVATE KEY-----
    MIIBFAKEFAKEFAKEKEYMARKERec2014notarealkey
    -----END RSA PRIVATE KEY-----
    KEY
  EOT
  )
}

resource "aws_launch_configuration" "fail_password" {
  name_prefix   = "fail-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\necho 'password: hunter2-fake-marker' > /etc/app.yml\n"
}

module "app" {
  source    = "./modules/app"
  user_data = "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
}

resource "aws_instance" "pass_literal" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nDB_PASSWORD=$(aws ssm get-parameter --name db --with-decryption --query Parameter.Value --output text)\n"
}

resource "aws_instance" "pass_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = var.boot_clean
}

resource "aws_launch_template" "pass_file" {
  name_prefix = "pass-"
  user_data   = filebase64("${path.module}/boot.sh")
}

resource "aws_launch_configuration" "pass_literal" {
  name_prefix   = "pass-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nsystemctl start app\n"
}

resource "aws_instance" "unknown_file" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = file("${path.module}/boot.sh")
}

resource "aws_instance" "unknown_template" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\necho ${var.boot_clean}\n"
}

resource "aws_launch_template" "unknown_from_resource" {
  name_prefix = "unknown-"
  user_data   = base64encode(aws_instance.helper_source.private_ip)
}

resource "aws_instance" "helper_source" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
