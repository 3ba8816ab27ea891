# Binary plan fixture: tfplan is the binary plan file `terraform plan -out` wrote for this
# configuration, and plan.json its `terraform show -json`.
resource "aws_cloudwatch_log_group" "fail_no_key" {
  name = "/fixture/binary"
}
