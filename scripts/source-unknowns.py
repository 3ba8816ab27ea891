#!/usr/bin/env python3
"""scripts/source-unknowns.py BIN: each real plan with its source, audited with and without it: unknown counts,
and every result whose status changes other than from unknown (must be none)."""
import json, os, subprocess, sys, collections
bin = sys.argv[1]
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
