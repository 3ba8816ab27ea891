#!/usr/bin/env python3
"""realplan-expect.py SHARED BIN TSV: check named findings on real plans (see the TSV header)."""
import collections
import json
import subprocess
import sys

shared, binary, table = sys.argv[1:4]
want = collections.defaultdict(list)
for line in open(table, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    file, rule, address, status = line.rstrip("\n").split("\t")
    want[file].append((rule, address, status))
failed = 0
for file, rows in sorted(want.items()):
    out = subprocess.run([binary, f"{shared}/{file}", "--format", "json"], capture_output=True, check=False)
    got = {}
    for f in json.loads(out.stdout)["files"]:
        for x in f["findings"]:
            got[(x["rule"], x["address"])] = x["status"]
    for rule, address, status in rows:
        have = got.get((rule, address), "none")
        if have != status:
            failed += 1
            print(f"FAIL {file}: {rule} {address}: {have}, want {status}")
print(f"expectations: {sum(map(len, want.values())) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
