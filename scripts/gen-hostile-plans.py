#!/usr/bin/env python3
"""gen-hostile-plans.py [DIR] — write the hand-made hostile plans that Terraform cannot produce
(default DIR testdata/hostile), each as DIR/<name>-handmade/plan.json:

reference-cycles: 60 sibling modules whose call arguments each reference outputs of three
  siblings, and whose outputs each reference two of the module's variables: cycles of every
  length and breadth. A flow log in each module (on var.v0) and 40 at the root (on module
  outputs) depend on them; an aws_vpc at the root is referenced by none.
resolution-budget: 400 flow logs at the root, each on an output of a chain of 30 nested
  modules, 32 outputs per level, each output on two outputs of the level below (a butterfly,
  so each reaches every output below), ending in a local. Memoised, each flow log still costs
  about 1000 steps: far beyond the budget the plan's size buys."""
import json
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "testdata/hostile"


def refs(*names):
    return {"references": list(names)}


def flow_log(address, name, vpc_refs):
    change = {
        "address": address,
        "mode": "managed",
        "type": "aws_flow_log",
        "name": name,
        "change": {
            "actions": ["create"],
            "before": None,
            "after": {"traffic_type": "ALL", "tags": None},
            "after_unknown": {"vpc_id": True, "tags_all": True, "id": True},
        },
    }
    if "." in address[len("module.") :] and address.startswith("module."):
        change["module_address"] = address.rsplit(".", 2)[0]
    config = {
        "address": f"aws_flow_log.{name}",
        "mode": "managed",
        "type": "aws_flow_log",
        "name": name,
        "expressions": {"vpc_id": refs(*vpc_refs), "traffic_type": {"constant_value": "ALL"}},
    }
    return change, config


def vpc():
    change = {
        "address": "aws_vpc.v",
        "mode": "managed",
        "type": "aws_vpc",
        "name": "v",
        "change": {
            "actions": ["create"],
            "before": None,
            "after": {"cidr_block": "10.0.0.0/16", "tags": None},
            "after_unknown": {"id": True, "tags_all": True},
        },
    }
    config = {
        "address": "aws_vpc.v",
        "mode": "managed",
        "type": "aws_vpc",
        "name": "v",
        "expressions": {"cidr_block": {"constant_value": "10.0.0.0/16"}},
    }
    return change, config


def plan(changes, root_module):
    return {
        "format_version": "1.2",
        "terraform_version": "1.11.4",
        "resource_changes": changes,
        "configuration": {"root_module": root_module},
    }


def cycles(n=60, k=8, offsets=(1, 7, 13), root_logs=40):
    v_change, v_config = vpc()
    changes, resources, calls = [v_change], [v_config], {}
    for i in range(n):
        m = f"m{i:02d}"
        change, config = flow_log(f"module.{m}.aws_flow_log.f", "f", ["var.v0"])
        changes.append(change)
        args = {}
        for j in range(k):
            names = []
            for d, o in enumerate(offsets):
                s = f"module.m{(i + o) % n:02d}"
                names += [f"{s}.o{(j + d) % k}", s]
            args[f"v{j}"] = refs(*names)
        calls[m] = {
            "source": "./x",
            "expressions": args,
            "module": {
                "resources": [config],
                "outputs": {
                    f"o{j}": {"expression": refs(f"var.v{j}", f"var.v{(j + 1) % k}")}
                    for j in range(k)
                },
                "variables": {f"v{j}": {} for j in range(k)},
            },
        }
    for i in range(root_logs):
        m = f"module.m{(i * 7) % n:02d}"
        change, config = flow_log(f"aws_flow_log.r{i:02d}", f"r{i:02d}", [f"{m}.o{i % k}", m])
        changes.append(change)
        resources.append(config)
    return plan(changes, {"resources": resources, "module_calls": calls})


def budget(logs=400, depth=30, width=32):
    # The innermost level's outputs end in a local; each level above reads two below.
    level = {
        "outputs": {f"o{j}": {"expression": refs("local.l")} for j in range(width)},
    }
    for _ in range(depth - 1):
        level = {
            "outputs": {
                f"o{j}": {
                    "expression": refs(
                        f"module.c.o{(2 * j) % width}",
                        f"module.c.o{(2 * j + 1) % width}",
                        "module.c",
                    )
                }
                for j in range(width)
            },
            "module_calls": {"c": {"source": "./c", "module": level}},
        }
    v_change, v_config = vpc()
    changes, resources = [v_change], [v_config]
    for i in range(logs):
        change, config = flow_log(f"aws_flow_log.f{i:03d}", f"f{i:03d}", [f"module.c.o{i % width}", "module.c"])
        changes.append(change)
        resources.append(config)
    return plan(changes, {"resources": resources, "module_calls": {"c": {"source": "./c", "module": level}}})


for name, doc in [("reference-cycles", cycles()), ("resolution-budget", budget())]:
    d = os.path.join(out, f"{name}-handmade")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "plan.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
