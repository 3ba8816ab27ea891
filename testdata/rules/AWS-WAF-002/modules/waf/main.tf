variable "lb_arn" {
  type = string
}

variable "web_acl_arn" {
  type = string
}

resource "aws_wafv2_web_acl_association" "this" {
  resource_arn = var.lb_arn
  web_acl_arn  = var.web_acl_arn
}
