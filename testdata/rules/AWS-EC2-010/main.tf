# AWS-EC2-010: IMDSv2 required on instances, launch templates and launch configurations.
variable "http_tokens" {
  type    = string
  default = "optional"
}

resource "aws_iam_role" "helper" {
  name_prefix = "ec2-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_instance" "pass_required" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "pass_endpoint_disabled" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_instance" "fail_optional" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
}

resource "aws_instance" "fail_tokens_from_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = var.http_tokens
  }
}

# No metadata_options: the AMI's ImdsSupport and the account's defaults decide.
resource "aws_instance" "unknown_unset" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "unknown_block_without_tokens" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "unknown_tokens_computed" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = aws_iam_role.helper.name == "legacy" ? "optional" : "required"
  }
}

resource "aws_launch_template" "pass_template_required" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "fail_template_optional" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}

resource "aws_launch_template" "unknown_template_unset" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "pass_lc_required" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_configuration" "fail_lc_optional" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
}

# Takes its metadata options from a launch template of the plan: the template is judged.
resource "aws_instance" "helper_from_template" {
  instance_type = "t3.micro"
  launch_template {
    id = aws_launch_template.fail_template_optional.id
  }
}

# Its own metadata options override the template's.
resource "aws_instance" "pass_own_over_template" {
  instance_type = "t3.micro"
  launch_template {
    id = aws_launch_template.fail_template_optional.id
  }
  metadata_options {
    http_tokens = "required"
  }
}

# A launch template outside the plan.
resource "aws_instance" "unknown_external_template" {
  instance_type = "t3.micro"
  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

module "web" {
  source      = "./modules/web"
  http_tokens = "required"
}

module "legacy" {
  source      = "./modules/web"
  http_tokens = var.http_tokens
}

# A dynamic block whose collection the plan knows: its planned values are judged.
resource "aws_launch_template" "pass_dynamic_block" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  dynamic "metadata_options" {
    for_each = [{ http_tokens = "required" }]
    content {
      http_tokens = metadata_options.value.http_tokens
    }
  }
}

# A dynamic block whose collection is known only at apply.
resource "aws_launch_template" "unknown_dynamic_block" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  dynamic "metadata_options" {
    for_each = aws_iam_role.helper.name == "legacy" ? [] : ["required"]
    content {
      http_tokens = metadata_options.value
    }
  }
}

variable "hop_limit" {
  type    = number
  default = 3
}

# Metadata options of its own, without http_tokens, over a template that requires IMDSv2:
# the instance's block replaces the template's, so the AMI and account defaults decide.
resource "aws_instance" "unknown_own_options_over_template" {
  launch_template {
    id      = aws_launch_template.pass_template_required.id
    version = "$Latest"
  }
  metadata_options {
    http_put_response_hop_limit = var.hop_limit
  }
}
