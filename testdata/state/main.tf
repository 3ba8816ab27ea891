# State fixture: state.json is `terraform show -json` of seed.tfstate.json (scripts/tfstate.sh).
# No plan is made here; main.tf only names the provider the state needs.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}
