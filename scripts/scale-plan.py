#!/usr/bin/env python3
"""scale-plan.py SRC COPIES OUT — a larger plan from a real one, for `make bench`: the module
calls of SRC are repeated COPIES times under new names (svc → svc_1, svc_2, …) with their
resource changes and planned values (resource names renamed too: svc-3-role → svc1-3-role) and
configuration. Root resources stay single. planned_values is kept, as Terraform writes it, so
that bytes per resource stay those of the source and `make bench` can compare time per byte.
Streams text, so a 1 GB plan needs little memory. Written under target/; never committed."""
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
planned = plan.pop("planned_values", None) or {"root_module": {}}
planned_root = planned.get("root_module", {})
children = planned_root.pop("child_modules", [])
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
    def renamed(text, k):
        if k:
            for name in names:
                text = text.replace(f'module.{name}[', f'module.{name}_{k}[').replace(f'module.{name}.', f'module.{name}_{k}.')
                # Resource names too ("svc-3-role"): a real stack does not repeat them.
                text = text.replace(f'{name}-', f'{name}{k}-')
        return text

    texts = [json.dumps(rc, separators=(",", ":")) for rc in module_rcs]
    for k in range(copies):
        for text in texts:
            f.write(("" if first else ",") + renamed(text, k))
            first = False
            count += 1
    f.write("]")
    # planned_values: the root module's resources once, the child modules copied like the changes.
    root_text = json.dumps(planned_root, separators=(",", ":"))
    f.write(',"planned_values":{"root_module":' + root_text[:-1])
    f.write(("," if planned_root else "") + '"child_modules":[')
    texts = [json.dumps(c, separators=(",", ":")) for c in children]
    first = True
    for k in range(copies):
        for text in texts:
            f.write(("" if first else ",") + renamed(text, k))
            first = False
    f.write("]}}}")
print(f"{out}: {count} resources")
