#!/usr/bin/env python3
"""sarif-check.py SHARED TFAUDIT — check tfaudit's machine-readable outputs as their consumers
read them, on the demo, every real plan in SHARED/realplans (with and without its sources) and
every plan in SHARED/corpus:

A plan scaled from SHARED/bench past GitHub's result limit is checked too.

- SARIF against the official 2.1.0 schema (SHARED/schemas), then against what GitHub code
  scanning documents for uploads ("SARIF support for code scanning" and "SARIF results exceed
  limits" on docs.github.com): see github_problems().
- `--format json` against docs/report.schema.json, on the same inputs and on every plan and
  state fixture of testdata/ (the inputs of the tests) and the JSON goldens of tests/expected/.

Prints one line per failure, the number of SARIF results without a physicalLocation (must be
0), and `sarif: N passed, N failed` / `json: N passed, N failed`. Exit 1 on any failure."""
import csv
import functools
import gzip
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urlparse

try:
    import jsonschema
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "jsonschema"], check=True)
    import jsonschema

shared, binary = Path(sys.argv[1]).resolve(), str(Path(sys.argv[2]).resolve())
project = Path.cwd().resolve()
sarif_schema = jsonschema.Draft7Validator(
    json.loads((shared / "schemas/sarif-schema-2.1.0.json").read_text()))
report_schema = jsonschema.Draft202012Validator(
    json.loads((project / "docs/report.schema.json").read_text()))

# GitHub's documented hard limits (uploads above them are rejected).
MAX_RUNS, MAX_RESULTS, MAX_RULES = 20, 25_000, 25_000
MAX_LOCATIONS, MAX_TAGS, MAX_GZIP_BYTES = 1_000, 20, 10 * 1024 * 1024
# The "SARIF support" reference: a result lists at most 10 locations.
MAX_RESULT_LOCATIONS = 10
LEVELS = {"none", "note", "warning", "error"}
TIMEOUT = 120


def repository_root(cwd):
    """As tfaudit finds it: the nearest ancestor holding a .git entry, else cwd."""
    for d in [cwd, *cwd.parents]:
        if (d / ".git").exists():
            return d
    return cwd


def text(obj, key):
    value = obj.get(key)
    return value.get("text") if isinstance(value, dict) else None


def github_problems(log, raw, cwd, stats):
    """What GitHub code scanning requires of an upload, beside the schema. Counts results and
    results without a physicalLocation in stats."""
    problems = []
    if len(gzip.compress(raw)) > MAX_GZIP_BYTES:
        problems.append("file above 10 MB gzip-compressed")
    if log.get("version") != "2.1.0":
        problems.append("version is not 2.1.0")
    if "$schema" not in log:
        problems.append("no $schema")
    runs = log.get("runs")
    if not isinstance(runs, list):
        return problems + ["no runs array"]
    if len(runs) > MAX_RUNS:
        problems.append(f"{len(runs)} runs > {MAX_RUNS}")
    root = repository_root(cwd)
    for r, run in enumerate(runs):
        driver = run.get("tool", {}).get("driver", {})
        if not driver.get("name"):
            problems.append(f"run {r}: tool.driver.name missing")
        rules = driver.get("rules", [])
        if len(rules) > MAX_RULES:
            problems.append(f"run {r}: {len(rules)} rules > {MAX_RULES}")
        ids = [rule.get("id") for rule in rules]
        if len(set(ids)) != len(ids):
            problems.append(f"run {r}: duplicate rule ids")
        for rule in rules:
            rid = rule.get("id")
            if not rid:
                problems.append(f"run {r}: a rule without id")
            # Shown at the top of an alert and on its help panel.
            for key in ("shortDescription", "fullDescription", "help"):
                if not text(rule, key):
                    problems.append(f"rule {rid}: no {key}.text")
            props = rule.get("properties", {})
            tags = props.get("tags", [])
            if len(tags) > MAX_TAGS:
                problems.append(f"rule {rid}: {len(tags)} tags > {MAX_TAGS}")
            if "security-severity" in props:
                try:
                    score = float(props["security-severity"])
                    if not 0.0 <= score <= 10.0:
                        raise ValueError
                except (TypeError, ValueError):
                    problems.append(f"rule {rid}: security-severity not a number in 0.0-10.0")
                if "security" not in tags:
                    problems.append(f"rule {rid}: security-severity without the security tag")
            if "helpUri" in rule and urlparse(rule["helpUri"]).scheme not in ("http", "https"):
                problems.append(f"rule {rid}: helpUri not absolute")
        bases = run.get("originalUriBaseIds", {})
        results = run.get("results")
        if not isinstance(results, list):
            problems.append(f"run {r}: no results array")
            continue
        if len(results) > MAX_RESULTS:
            problems.append(f"run {r}: {len(results)} results > {MAX_RESULTS}")
        for i, res in enumerate(results):
            stats["results"] += 1
            where = f"run {r} result {i} ({res.get('ruleId')})"
            if not res.get("ruleId"):
                problems.append(f"{where}: no ruleId")
            if "ruleIndex" in res:
                k = res["ruleIndex"]
                if not (0 <= k < len(rules)) or rules[k].get("id") != res.get("ruleId"):
                    problems.append(f"{where}: ruleIndex does not name ruleId")
            if not text(res, "message"):
                problems.append(f"{where}: no message.text")
            if "((" in (text(res, "message") or ""):
                problems.append(f"{where}: doubled parentheses in message")
            if res.get("level", "warning") not in LEVELS:
                problems.append(f"{where}: level {res.get('level')}")
            if not res.get("partialFingerprints"):
                problems.append(f"{where}: no partialFingerprints")
            locations = res.get("locations") or []
            if not locations:
                problems.append(f"{where}: no locations")
            if len(locations) > min(MAX_LOCATIONS, MAX_RESULT_LOCATIONS):
                problems.append(f"{where}: {len(locations)} locations")
            physical = [loc.get("physicalLocation") for loc in locations]
            if not locations or not all(physical):
                stats["unlocated"] += 1
                problems.append(f"{where}: a location without physicalLocation")
                continue
            for phys in physical:
                problems += [f"{where}: {p}" for p in artifact_problems(phys, bases, root)]
    return problems


@functools.lru_cache(maxsize=None)
def line_count(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def artifact_problems(phys, bases, root):
    """The URI must be relative to a declared base (the repository root) and name a file of
    the checkout, and the region must be inside it: GitHub shows the alert on that line."""
    art = phys.get("artifactLocation", {})
    uri = art.get("uri")
    if not uri:
        return ["artifactLocation.uri empty"]
    if urlparse(uri).scheme or uri.startswith("/"):
        return [f"uri {uri} is absolute, not relative to the repository root"]
    base = art.get("uriBaseId")
    if base is None:
        return [f"uri {uri} has no uriBaseId"]
    if base not in bases:
        return [f"uriBaseId {base} not in originalUriBaseIds"]
    path = root / unquote(uri)
    if not path.is_file():
        return [f"uri {uri}: no such file under {root}"]
    line = phys.get("region", {}).get("startLine")
    if not isinstance(line, int) or line < 1:
        return [f"uri {uri}: region.startLine missing"]
    count = line_count(path)
    if line > max(count, 1):
        return [f"uri {uri}: startLine {line} past the end ({count} lines)"]
    return []


def run(args, cwd, fmt):
    try:
        return subprocess.run([binary, *args, "--format", fmt], cwd=cwd, capture_output=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None


def audited(out):
    if out is None:
        return f"no answer in {TIMEOUT} s"
    if out.returncode not in (0, 1):
        return f"exit {out.returncode}: {out.stderr.decode(errors='replace').strip()[:300]}"
    return None


def check_sarif(case):
    name, args, cwd = case
    stats = {"results": 0, "unlocated": 0}
    out = run(args, cwd, "sarif")
    problem = audited(out)
    if problem:
        return name, [problem], stats
    try:
        log = json.loads(out.stdout)
    except json.JSONDecodeError as e:
        return name, [f"not JSON: {e}"], stats
    errors = sorted(sarif_schema.iter_errors(log), key=lambda e: list(e.path))
    problems = [f"schema: {e.message} at {list(e.path)}" for e in errors[:3]]
    problems += github_problems(log, out.stdout, Path(cwd), stats)
    return name, problems, stats


def schema_problems(doc):
    errors = sorted(report_schema.iter_errors(doc), key=lambda e: list(e.path))
    return [f"report schema: {e.message} at {list(e.path)}" for e in errors[:3]]


def check_json(case):
    name, args, cwd = case
    out = run(args, cwd, "json")
    problem = audited(out)
    if problem:
        return name, [problem]
    try:
        return name, schema_problems(json.loads(out.stdout))
    except json.JSONDecodeError as e:
        return name, [f"not JSON: {e}"]


def cases():
    demo = "testdata/demo/plan.json"
    out = [(f"{demo} --source-dir", [demo, "--source-dir", "testdata/demo"], project),
           (demo, [demo], project)]
    real = shared / "realplans"
    for plan in sorted(real.glob("*.json")):
        # As in a checkout: run where the plan is, so that URIs are relative to it.
        out.append((str(plan), [plan.name], real))
        src = real / "src" / plan.stem
        if (src / "ROOT").is_file():
            root = (src / (src / "ROOT").read_text().strip()).relative_to(real)
            out.append((f"{plan} --source-dir", [plan.name, "--source-dir", str(root)], real))
    corpus = shared / "corpus"
    with open(corpus / "MANIFEST.tsv") as f:
        invalid = {row["file"] for row in csv.DictReader(f, delimiter="\t")
                   if row["kind"] == "invalid"}
    for plan in sorted(corpus.glob("*.json")):
        if plan.name not in invalid:
            out.append((str(plan), [plan.name], corpus))
    # Past GitHub's 25,000 results per run (about 44,000 findings): tfaudit keeps the most severe.
    bench = shared / "bench/plan_mod10000.json"
    if bench.is_file():
        scaled = project / "target/sarif-check-scaled.json"
        if not scaled.is_file():
            subprocess.run([sys.executable, "scripts/scale-plan.py", str(bench), "2", str(scaled)],
                           check=True, capture_output=True)
        out.append((f"{bench} x2", [str(scaled.relative_to(project))], project))
    return out


def fixture_cases():
    """Every plan and state of testdata/, as the tests audit them."""
    return [(str(p), [str(p)], project) for p in sorted(Path("testdata").rglob("*.json"))
            if "modules" not in p.parts and p.name in ("plan.json", "state.json")]


def main():
    failed = 0
    todo = cases()
    workers = os.cpu_count() or 2
    with ThreadPoolExecutor(workers) as pool:
        sarif = list(pool.map(check_sarif, todo))
        reports = list(pool.map(check_json, todo + fixture_cases()))
    results = sum(s["results"] for _, _, s in sarif)
    unlocated = sum(s["unlocated"] for _, _, s in sarif)
    largest = max(s["results"] for _, _, s in sarif)
    bad = 0
    for name, problems, _ in sarif:
        if problems:
            bad += 1
            print(f"FAIL sarif {name}: {problems[0]}" + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""))
    print(f"sarif: {results} results, {unlocated} without a physicalLocation, "
          f"largest run {largest} results (GitHub limit {MAX_RESULTS})")
    print(f"sarif: {len(sarif) - bad} passed, {bad} failed (schema and GitHub's requirements)")
    failed += bad
    goldens = [(str(p), schema_problems(json.loads(p.read_text())))
               for p in sorted(Path("tests/expected").glob("*.json"))]
    bad = 0
    for name, problems in reports + goldens:
        if problems:
            bad += 1
            print(f"FAIL json {name}: {problems[0]}")
    print(f"json: {len(reports) + len(goldens) - bad} passed, {bad} failed (docs/report.schema.json)")
    failed += bad
    sys.exit(1 if failed else 0)


main()
