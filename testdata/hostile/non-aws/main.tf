# A plan with no AWS resources at all (only Terraform's built-in provider): it must pass
# through cleanly, every resource counted as outside the AWS rule set.
resource "terraform_data" "build" {
  count = 3
  input = "artifact-${count.index}"
}
