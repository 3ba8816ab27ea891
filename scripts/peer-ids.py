#!/usr/bin/env python3
"""peer-ids.py [SHARED] — candidate peer IDs for the existing rules, to review by hand.

Prints, per rule of SHARED/RULES.md (default ../shared), the Checkov IDs named in its last
column with what Checkov did (caught, missed, FP, n/a), and the BREADTH.tsv rows that share a
resource type with the rule. Candidates only: a rule declares an ID (`covers:` in its file) when
the peer's condition really matches its own.
"""
import csv, os, re, sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
rows = list(csv.DictReader(open(os.path.join(shared, "BREADTH.tsv")), delimiter="\t"))
for line in open(os.path.join(shared, "RULES.md")):
    cells = [c.strip() for c in line.split("|")]
    if len(cells) < 10 or not re.match(r"AWS-[A-Z0-9]+-\d{3}$", cells[1]):
        continue
    rid, types, peer = cells[1], cells[4], cells[-2]
    ids = sorted(set(re.findall(r"CKV2?_AWS_\d+", peer)))
    verdicts = sorted({a or b for a, b in re.findall(r"\*\*(caught|missed|FP)\*\*|\((n/a)", peer)})
    print(f"{rid}\tcheckov: {' '.join(ids) or '-'}\t{','.join(verdicts)}")
    rtypes = set(re.findall(r"aws_[a-z0-9_]+", types))
    for r in rows:
        if rtypes & set(t.strip() for t in r["resource_types"].split(",")):
            print(f"    breadth {r['key']}: {r['property']} [{r['checkov']} {r['trivy']} fsbp {r['fsbp']} cis {r['cis_v3']}]")
