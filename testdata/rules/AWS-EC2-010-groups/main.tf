# AWS-EC2-010 on Auto Scaling groups: a group launching from a template or configuration
# outside the plan is Unknown; one launching from the plan's template is not judged (the
# template is). The shared template's name comes from a variable.
provider "aws" {
  region = "us-east-1"
}

variable "shared_template" {
  type    = string
  default = "shared-base"
}

resource "aws_autoscaling_group" "unknown_external_template" {
  name               = "external-template"
  availability_zones = ["us-east-1a"]
  min_size           = 1
  max_size           = 1
  launch_template {
    name    = var.shared_template
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "unknown_external_mixed" {
  name               = "external-mixed"
  availability_zones = ["us-east-1a"]
  min_size           = 1
  max_size           = 1
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = "lt-0123456789abcdef0"
      }
    }
  }
}

resource "aws_autoscaling_group" "unknown_external_configuration" {
  name                 = "external-configuration"
  availability_zones   = ["us-east-1a"]
  min_size             = 1
  max_size             = 1
  launch_configuration = "legacy-config"
}

resource "aws_launch_template" "pass_own" {
  name_prefix   = "own-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_autoscaling_group" "from_own_template" {
  name               = "own-template"
  availability_zones = ["us-east-1a"]
  min_size           = 1
  max_size           = 1
  launch_template {
    id      = aws_launch_template.pass_own.id
    version = "$Latest"
  }
}
