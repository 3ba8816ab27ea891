#!/usr/bin/env python3
"""scale-plan.py SRC COPIES OUT — a larger plan from a real one, for `make bench`: the module
calls of SRC are repeated COPIES times under new names (svc → svc_1, svc_2, …) with their
resource changes (resource names renamed too: svc-3-role → svc1-3-role) and configuration. Root resources stay single; planned_values (a repeat of
resource_changes) is dropped. Streams text, so a 1 GB plan needs little memory. Written under
target/; never committed."""
import json
import sys

src, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
plan = json.load(open(src))
calls = plan["configuration"]["root_module"].get("module_calls", {})
names = list(calls)
for name in names:
    for k in range(1, copies):
        calls[f"{name}_{k}"] = calls[name]
changes = plan.pop("resource_changes")
plan.pop("planned_values", None)
module_rcs = [rc for rc in changes if rc.get("module_address")]
root_rcs = [rc for rc in changes if not rc.get("module_address")]
count = 0
with open(out, "w") as f:
    head = json.dumps(plan, separators=(",", ":"))
    f.write(head[:-1] + ',"resource_changes":[')
    first = True
    for rc in root_rcs:
        f.write(("" if first else ",") + json.dumps(rc, separators=(",", ":")))
        first = False
        count += 1
    texts = [json.dumps(rc, separators=(",", ":")) for rc in module_rcs]
    for k in range(copies):
        for text in texts:
            if k:
                for name in names:
                    text = text.replace(f'module.{name}[', f'module.{name}_{k}[').replace(f'module.{name}.', f'module.{name}_{k}.')
                    # Resource names too ("svc-3-role"): a real stack does not repeat them.
                    text = text.replace(f'{name}-', f'{name}{k}-')
            f.write(("" if first else ",") + text)
            first = False
            count += 1
    f.write("]}")
print(f"{out}: {count} resources")
