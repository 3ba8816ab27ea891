variable "drop_headers" {
  type = bool
}

resource "aws_lb" "this" {
  name_prefix                = "mod-"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = var.drop_headers
}
