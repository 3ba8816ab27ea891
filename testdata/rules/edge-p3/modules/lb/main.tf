variable "draining" {
  type = bool
}

resource "aws_elb" "this" {
  name                = "module-clb"
  availability_zones  = ["us-east-1a"]
  connection_draining = var.draining
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
