# AWS-DEL-001: planned against seed.tfstate.json (tfplan.args), where these controls exist.
# The configuration keeps only the key, with a key spec that forces its replacement, and
# drops the other controls, so Terraform plans their deletion.
resource "aws_kms_key" "pass_replaced" {
  description              = "replaced"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_vpc" "helper" {
  cidr_block = "10.0.0.0/16"
}
