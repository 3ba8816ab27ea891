#!/usr/bin/env python3
"""sarif-check.py SHARED TFAUDIT — validate tfaudit's SARIF against the official SARIF 2.1.0
schema in SHARED/schemas, on the demo (with --source-dir) and on every real plan in
SHARED/realplans. Prints one line per failure and `sarif: N passed, N failed`."""
import json
import subprocess
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "jsonschema"], check=True)
    import jsonschema

shared, binary = Path(sys.argv[1]), sys.argv[2]
schema = json.loads((shared / "schemas/sarif-schema-2.1.0.json").read_text())
validator = jsonschema.Draft7Validator(schema)
runs = [["testdata/demo/plan.json", "--source-dir", "testdata/demo"]]
runs += [[str(p)] for p in sorted((shared / "realplans").glob("*.json"))]
passed = failed = 0
for args in runs:
    out = subprocess.run([binary, *args, "--format", "sarif"], capture_output=True)
    problem = None
    if out.returncode not in (0, 1):
        problem = f"exit {out.returncode}: {out.stderr.decode(errors='replace').strip()}"
    else:
        try:
            errors = sorted(validator.iter_errors(json.loads(out.stdout)), key=lambda e: list(e.path))
            if errors:
                problem = f"{errors[0].message} at {list(errors[0].path)}"
        except json.JSONDecodeError as e:
            problem = f"not JSON: {e}"
    if problem:
        failed += 1
        print(f"FAIL {args[0]}: {problem}")
    else:
        passed += 1
print(f"sarif: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
