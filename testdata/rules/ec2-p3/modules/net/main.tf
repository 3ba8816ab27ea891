variable "subnet_id" {
  type = string
}

variable "check" {
  type = bool
}

variable "key" {
  type = string
}

variable "ami_id" {
  type = string
}

variable "share_with" {
  type = string
}

resource "aws_network_interface" "fail_check_from_input" {
  subnet_id         = var.subnet_id
  source_dest_check = var.check
}

resource "aws_ebs_volume" "pass_key_from_input" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = var.key
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.pass_key_from_input.id
}

resource "aws_ebs_snapshot_copy" "pass_key_from_input" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = var.key
}

resource "aws_ami_launch_permission" "fail_public_from_input" {
  image_id = var.ami_id
  group    = var.share_with
}
