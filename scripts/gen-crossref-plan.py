#!/usr/bin/env python3
"""gen-crossref-plan.py UNIT_PLAN N OUT — a plan of about N resources in ONE module, with the
cross-references of a real one, for `make bench`: UNIT_PLAN (testdata/bench/crossref-unit, made
by real Terraform) is copied into the root module as many times as N allows. Each copy of a block
not named shared* is renamed aws_x.name -> aws_x.name_00042 in resource_changes, planned_values,
configuration (address, name, every reference, depends_on) and relevant_attributes, and the
known names it carries ("tfb-u1-data") become tfb-u1-00042-data, so a link made by a reference
or by a known name pairs blocks of the same copy; references to the shared blocks stay shared.
Streams text; written under target/, never committed.

gen-crossref-plan.py --check [UNIT_PLAN] [--bin TFAUDIT] — audits the unit and plans of 1, 2
and 3 copies: every copy must give the unit's findings (rule, status, address, attribute,
message), the shared blocks the unit's own, and the summary counts must grow by the same step
per copy. A copy linked to another copy's blocks changes its findings, so this proves the
pairing."""
import json
import os
import re
import subprocess
import sys
import tempfile

UNIT = "testdata/bench/crossref-unit/plan.json"
# Markers no plan holds; a copy's text replaces them with its number.
SUFFIX, NUMBER = "@@SUFFIX@@", "@@NUMBER@@"
# Known names of per-copy blocks carry "tfb-uN-" (see the unit's main.tf).
TOKEN = re.compile(r"tfb-(u\d+)-")


def lists(plan):
    """(container, key) of every list of blocks or block addresses in the plan."""
    out = [(plan, "resource_changes"), (plan, "relevant_attributes")]
    for path in (("planned_values", "root_module"), ("configuration", "root_module"),
                 ("prior_state", "values", "root_module")):
        node = plan
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict):
            out.append((node, "resources"))
    return [(c, k) for c, k in out if isinstance(c.get(k), list)]


def copied_blocks(plan):
    """(type, name) of the unit's blocks that are copied: all but shared*."""
    return sorted({(rc["type"], rc["name"]) for rc in plan["resource_changes"]
                   if not rc["name"].startswith("shared")})


def generate(unit_path, want, out_path):
    plan = json.load(open(unit_path))
    copied = copied_blocks(plan)
    shared = len(plan["resource_changes"]) - len(copied)
    copies = max(1, round((want - shared) / max(1, len(copied))))
    # One pass renames every reference to a copied block ("aws_x.name", ".id", "[0]", "data.").
    refs = re.compile(r"(?<![\w.-])((?:data\.)?(?:%s))(?![\w-])"
                      % "|".join(re.escape(f"{t}.{n}") for t, n in copied))

    def template(entry):
        if "name" in entry and "address" in entry:
            entry = dict(entry, name=entry["name"] + SUFFIX)
        text = json.dumps(entry, separators=(",", ":"))
        text = refs.sub(lambda m: m.group(1) + SUFFIX, text)
        return TOKEN.sub(lambda m: f"tfb-{m.group(1)}-{NUMBER}-", text)

    def is_copied(entry):
        if "name" in entry and "address" in entry:
            return not entry["name"].startswith("shared")
        return bool(refs.search(entry.get("resource", "")))

    parts = []
    places = lists(plan)
    for i, (container, key) in enumerate(places):
        parts.append(container[key])
        container[key] = f"@@LIST{i}@@"
    # The lists in the order the text holds them, each streamed in place of its marker.
    pieces = re.split(r'"@@LIST(\d+)@@"', json.dumps(plan, separators=(",", ":")))
    count = 0
    with open(out_path, "w") as f:
        f.write(pieces[0])
        for i, after in zip(pieces[1::2], pieces[2::2]):
            (container, key), entries = places[int(i)], parts[int(i)]
            rows = []
            for e in entries:
                addr = e.get("address", e.get("resource", ""))
                if not is_copied(e):
                    text = json.dumps(e, separators=(",", ":"))
                    # One shared block for many copies cannot point at one copy's block.
                    if refs.search(text):
                        sys.exit(f"gen-crossref-plan: shared {addr} refers to a copied block")
                    rows.append((addr, text))
                    continue
                text = template(e)
                for k in range(copies):
                    rows.append((refs.sub(lambda m: m.group(1) + f"_{k:05d}", addr), (text, k)))
            # Terraform writes blocks sorted by address: the copies interleave by type.
            rows.sort(key=lambda r: r[0])
            f.write("[")
            for j, (_, text) in enumerate(rows):
                if isinstance(text, tuple):
                    text, k = text
                    text = text.replace(SUFFIX, f"_{k:05d}").replace(NUMBER, f"{k:05d}")
                f.write(("," if j else "") + text)
            f.write("]" + after)
            if container is plan and key == "resource_changes":
                count = len(rows)
    return copies, count


def audit(binary, path):
    r = subprocess.run([binary, path, "--format", "json", "--no-source"], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"check: {binary} {path}: exit {r.returncode}: {r.stderr}")
    f = json.loads(r.stdout)["files"][0]
    rows = [(x["rule"], x["status"], x["address"], x["attribute"], x["message"]) for x in f["findings"]]
    counts = {k: f["summary"][k] for k in ("resources", "evaluated", "passed", "failed", "unknown")}
    return rows, counts


def check(unit_path, binary):
    unit, unit_counts = audit(binary, unit_path)
    plan = json.load(open(unit_path))
    own = {f"{t}.{n}" for t, n in copied_blocks(plan)}
    copy_of = re.compile(r"_(\d{5})(?![\w-])")
    failures = []
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1, 2, 3):
            out = os.path.join(tmp, f"crossref-{n}.json")
            copies, _ = generate(unit_path, len(plan["resource_changes"]) + (n - 1) * len(own), out)
            assert copies == n, (copies, n)
            rows, c = audit(binary, out)
            counts.append(c)
            by_copy = {k: [] for k in range(n)}
            by_copy[None] = []
            for rule, status, address, attribute, message in rows:
                m = copy_of.search(address)
                k = int(m.group(1)) if m else None
                if k is not None:
                    # Only this copy's own suffix is taken off: a link to another copy stays visible.
                    address, message = (s.replace(f"_{k:05d}", "").replace(f"-{k:05d}-", "-")
                                        for s in (address, message))
                by_copy.setdefault(k, []).append((rule, status, address, attribute, message))
            for k, got in by_copy.items():
                want = sorted(r for r in unit if (r[2] in own) == (k is not None))
                if sorted(got) != want:
                    extra = sorted(set(got) - set(want))[:5]
                    missing = sorted(set(want) - set(got))[:5]
                    failures.append(f"{n} copies, copy {k}: extra {extra}, missing {missing}")
    if counts[0] != unit_counts:
        failures.append(f"1 copy: summary {counts[0]} != the unit's {unit_counts}")
    step = [{k: b[k] - a[k] for k in a} for a, b in zip(counts, counts[1:])]
    if step[0] != step[1]:
        failures.append(f"summary steps differ per copy: {step}")
    for f in failures:
        print(f"gen-crossref-plan check: {f}", file=sys.stderr)
    if failures:
        sys.exit(1)
    per_copy = sum(1 for r in unit if r[2] in own)
    print(f"gen-crossref-plan check: 1-3 copies, each with the unit's {per_copy} findings, "
          f"the shared blocks with their {len(unit) - per_copy}; summary step per copy {step[0]}")


def main(argv):
    if argv and argv[0] == "--check":
        args = argv[1:]
        binary = "target/release/tfaudit"
        if "--bin" in args:
            i = args.index("--bin")
            binary = args[i + 1]
            del args[i:i + 2]
        check(args[0] if args else UNIT, binary)
        return
    if len(argv) != 3:
        sys.exit(__doc__)
    copies, count = generate(argv[0], int(argv[1]), argv[2])
    print(f"{argv[2]}: {count} resources ({copies} copies)")


main(sys.argv[1:])
