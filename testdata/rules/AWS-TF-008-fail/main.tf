# AWS-TF-008 (stack): a plan whose precondition fails. Terraform still writes the errored plan
# with -out, and `show -json` prints it (errored = true, complete = false); the `errored` file
# tells `make testdata` to keep that plan.
variable "environment" {
  default = "prod"
}

resource "aws_sqs_queue" "helper" {
  name = "tf008-errored"
  lifecycle {
    precondition {
      condition     = var.environment == "dev"
      error_message = "This fixture's plan fails on purpose."
    }
  }
}
