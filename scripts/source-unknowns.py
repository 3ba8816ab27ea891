#!/usr/bin/env python3
"""scripts/source-unknowns.py BIN [--check]: each real plan with its source, audited with and without it:
unknown counts, and every result whose status changes other than from unknown. A Pass or Fail of the
plan alone that the source changes is a contradiction: with --check (run by `make corpus`) the script
exits 1 when there is one, or when the source leaves more Unknowns than the plan alone. Results that
exist only with the source (a Lambda package judged in the checkout) are listed, not errors."""
import json, os, subprocess, sys, collections
bin = sys.argv[1]
check = "--check" in sys.argv[2:]
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "realplans")
tot = collections.Counter(); per_rule = collections.Counter(); bad = []; warn = 0
for name in sorted(os.listdir(base + "/src")):
    plan = f"{base}/{name}.json"
    root_file = f"{base}/src/{name}/ROOT"
    if not os.path.exists(plan) or not os.path.exists(root_file): continue
    root = f"{base}/src/{name}/" + open(root_file).read().strip()
    def run(extra):
        p = subprocess.run([bin, plan, "--format", "json", "--profile", "strict"] + extra, capture_output=True, text=True)
        d = json.loads(p.stdout)
        return {(f["rule"], f["address"], f["attribute"]): f["status"] for f in d["files"][0]["findings"]}, d["files"][0]["summary"], p.stderr
    a, sa, _ = run(["--no-source"])
    b, sb, err = run(["--source-dir", root])
    if "source" not in sb: print(name, "SOURCE NOT USED:", err.strip()[:200]); continue
    if err.strip(): warn += 1
    ua = sum(1 for v in a.values() if v == "unknown"); ub = sum(1 for v in b.values() if v == "unknown")
    tot["unknown_without"] += ua; tot["unknown_with"] += ub
    for k, v in a.items():
        if v == "unknown" and b.get(k) != "unknown": per_rule[k[0]] += 1
    for k in set(a) | set(b):
        va, vb = a.get(k, "absent"), b.get(k, "absent")
        if va != vb and va != "unknown": bad.append((name, k, va, vb))
    print(f"{name}: unknown {ua} -> {ub}")
print(dict(tot), "plans with warnings:", warn)
print("resolved per rule:", per_rule.most_common())
print("changes not from unknown:", len(bad))
for x in bad[:40]: print("  ", x)
contradictions = [x for x in bad if x[2] != "absent"]
print("contradictions (a pass or fail of the plan alone changed):", len(contradictions))
if check and (contradictions or tot["unknown_with"] > tot["unknown_without"]):
    sys.exit(1)
