#!/usr/bin/env python3
"""Rewrite the summary numbers of the README's JSON example from the real demo output
(tests/outputs.rs checks them): scripts/readme-summary.py [TFAUDIT_BINARY]."""
import json, re, subprocess, sys

binary = sys.argv[1] if len(sys.argv) > 1 else "target/debug/tfaudit"
out = subprocess.run([binary, "testdata/demo/plan.json", "--source-dir", "testdata/demo",
                      "--format", "json"], capture_output=True, text=True).stdout
summary = json.loads(out)["files"][0]["summary"]
text = open("README.md").read()
start = text.index('"summary": {')
end = text.index("\n      },", start)
block = text[start:end]
for key, value in summary.items():
    if isinstance(value, int):
        block = re.sub(rf'"{key}": \d+', f'"{key}": {value}', block)
sev = ", ".join(f'"{k}": {v}' for k, v in sorted(summary["by_severity"].items()))
block = re.sub(r'"by_severity": \{[^}]*\}', '"by_severity": { ' + sev + " }", block)
open("README.md", "w").write(text[:start] + block + text[end:])
