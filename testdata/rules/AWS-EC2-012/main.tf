# AWS-EC2-012: block devices of instances, launch templates and launch configurations encrypted.
variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_kms_key" "helper" {
  description = "ebs"
}

resource "aws_instance" "pass_all_encrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 10
    encrypted   = true
    kms_key_id  = aws_kms_key.helper.arn
  }
}

resource "aws_instance" "fail_root_false" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = false
  }
}

resource "aws_instance" "fail_data_volume_unset" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 10
  }
}

resource "aws_instance" "fail_from_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = var.encrypted
  }
}

# The root volume comes from the AMI's snapshot: its encryption decides.
resource "aws_instance" "unknown_root_unset" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "unknown_computed" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = aws_kms_key.helper.key_id != ""
  }
}

resource "aws_launch_template" "pass_template_encrypted" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = "true"
    }
  }
}

resource "aws_launch_template" "fail_template_false" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = "false"
    }
  }
}

# No mappings: the AMI's.
resource "aws_launch_template" "unknown_template_no_mappings" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "pass_lc_encrypted" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}

resource "aws_launch_configuration" "fail_lc_data_volume" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 10
    encrypted   = false
  }
}

# Takes its block devices from a launch template of the plan: the template is judged.
resource "aws_instance" "helper_from_template" {
  instance_type = "t3.micro"
  launch_template {
    id = aws_launch_template.fail_template_false.id
  }
}

module "encrypted" {
  source    = "./modules/lt"
  encrypted = true
}

# A dynamic block the plan expands is judged on its planned values.
resource "aws_instance" "pass_dynamic_root" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  dynamic "root_block_device" {
    for_each = [true]
    content {
      encrypted = root_block_device.value
    }
  }
}
