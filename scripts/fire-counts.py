#!/usr/bin/env python3
"""scripts/fire-counts.py BIN OLD_BIN: for each rule BIN has and OLD_BIN has not, its
fail/unknown/pass results over ../shared corpus and real plans under --profile strict (JUnit: one
test case per rule and resource; <failure> fail, <skipped> unknown, else pass)."""
import json, subprocess, sys, glob, collections, re, os
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
new, old = sys.argv[1], sys.argv[2]
old_ids = {r["id"] for r in json.loads(subprocess.run([old, "rules", "--format", "json"], capture_output=True, text=True).stdout)["rules"]}
rules = json.loads(subprocess.run([new, "rules", "--format", "json"], capture_output=True, text=True).stdout)["rules"]
new_ids = {r["id"]: r for r in rules if r["id"] not in old_ids}
c = collections.defaultdict(collections.Counter)
for f in sorted(glob.glob(os.path.join(SHARED, "corpus", "*.json")) + glob.glob(os.path.join(SHARED, "realplans", "*.json"))):
    p = subprocess.run([new, f, "--profile", "strict", "--format", "junit"], capture_output=True, text=True)
    for m in re.finditer(r'<testcase name="(\S+) [^"]*"[^>]*?(/>|>(.*?)</testcase>)', p.stdout, re.S):
        rid, body = m.group(1), m.group(3) or ""
        if rid not in new_ids: continue
        st = "fail" if "<failure" in body else "unknown" if "<skipped" in body else "pass"
        c[rid][st] += 1
print(f"{len(new_ids)} new rules; {sum(1 for r in new_ids.values() if r['default_enabled'])} on by default")
for rid in sorted(new_ids):
    x = c[rid]
    print(f"{rid}\t{new_ids[rid]['severity']}\t{'on' if new_ids[rid]['default_enabled'] else 'off'}\t{x['fail']}/{x['unknown']}/{x['pass']}")
