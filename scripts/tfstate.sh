#!/usr/bin/env bash
# tfstate.sh DIR — write DIR/state.json: `terraform show -json` of DIR/seed.tfstate.json, with the
# configuration in DIR, offline (same provider plugin directory as tools/tfplan).
set -euo pipefail
dir=$1
plugins=${TF_PLUGIN_DIR:-}
if [ -z "$plugins" ]; then
  found=$(find / -maxdepth 3 -type d -name registry.terraform.io -not -path '/proc/*' 2>/dev/null | head -n 1 || true)
  [ -n "$found" ] && plugins=$(dirname "$found")
fi
[ -n "$plugins" ] || { echo "tfstate: no provider plugin directory; set TF_PLUGIN_DIR" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$dir"/*.tf "$dir"/seed.tfstate.json "$work"/
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE="$work/.terraformrc"
: > "$TF_CLI_CONFIG_FILE"
(cd "$work" && terraform init -input=false -no-color -plugin-dir="$plugins" > init.log 2>&1) ||
  { echo "tfstate: terraform init failed" >&2; cat "$work/init.log" >&2; exit 1; }
(cd "$work" && terraform show -json seed.tfstate.json) > "$dir/state.json"
