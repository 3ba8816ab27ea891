#!/usr/bin/env bash
# gen-provider-tables.sh [OUT] — regenerate src/model/provider_tables.rs (or OUT) from the AWS
# provider installed for terraform ($TF_PLUGIN_DIR or the plugin folder near /), offline.
set -euo pipefail
out=${1:-src/model/provider_tables.rs}
plugins=${TF_PLUGIN_DIR:-}
if [ -z "$plugins" ]; then
  found=$(find / -maxdepth 3 -type d -name registry.terraform.io -not -path '/proc/*' 2>/dev/null | head -n 1 || true)
  [ -n "$found" ] && plugins=$(dirname "$found")
fi
[ -n "$plugins" ] && [ -d "$plugins/registry.terraform.io/hashicorp/aws" ] || { echo "gen-provider-tables: no AWS provider plugin directory" >&2; exit 2; }
version=$(ls "$plugins/registry.terraform.io/hashicorp/aws" | sort -V | tail -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "%s"\n    }\n  }\n}\n' "$version" > "$work/main.tf"
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE="$work/.terraformrc"
: > "$TF_CLI_CONFIG_FILE"
(cd "$work" && terraform init -input=false -no-color -plugin-dir="$plugins" > init.log 2>&1 && terraform providers schema -json > schema.json)
python3 "$(dirname "$0")/gen-provider-tables.py" "$work/schema.json" "$version" > "$out"
