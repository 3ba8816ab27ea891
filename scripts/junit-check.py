#!/usr/bin/env python3
"""junit-check.py SHARED TFAUDIT — validate tfaudit's JUnit output against the Jenkins xunit
plugin's JUnit schema (junit-10.xsd; JUNIT_XSD=path, else SHARED/schemas/junit-10.xsd), on the
demo (with --source-dir, under each --unknown mode and --fail-on high) and on every real plan
in SHARED/realplans. Also checks what the schema cannot: test-case names unique per suite and
the counts. Prints one line per failure and `junit: N passed, N failed`."""
import os
import subprocess
import sys
from pathlib import Path

try:
    from lxml import etree
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "lxml"], check=True)
    from lxml import etree

shared, binary = Path(sys.argv[1]), sys.argv[2]
xsd = Path(os.environ.get("JUNIT_XSD") or shared / "schemas/junit-10.xsd")
schema = etree.XMLSchema(etree.parse(str(xsd)))
demo = ["testdata/demo/plan.json", "--source-dir", "testdata/demo"]
runs = [demo + ["--unknown", m] for m in ("warn", "fail", "ignore")] + [demo + ["--fail-on", "high"]]
runs += [[str(p)] for p in sorted((shared / "realplans").glob("*.json"))]


def problem_of(stdout):
    doc = etree.fromstring(stdout)
    if not schema.validate(doc):
        e = schema.error_log.filter_from_errors()[0]
        return f"line {e.line}: {e.message}"
    for suite in doc.iter("testsuite"):
        names = [c.get("name") for c in suite.iter("testcase")]
        if len(names) != len(set(names)):
            return f"duplicate test-case names in {suite.get('name')}"
        if int(suite.get("tests")) != len(names):
            return f"tests={suite.get('tests')} but {len(names)} test cases"
        if int(suite.get("failures")) != sum(1 for _ in suite.iter("failure")):
            return "failures count differs from the <failure> elements"
    return None


passed = failed = 0
for args in runs:
    out = subprocess.run([binary, *args, "--format", "junit"], capture_output=True)
    if out.returncode not in (0, 1):
        problem = f"exit {out.returncode}: {out.stderr.decode(errors='replace').strip()}"
    else:
        try:
            problem = problem_of(out.stdout)
        except etree.XMLSyntaxError as e:
            problem = f"not XML: {e}"
    if problem:
        failed += 1
        print(f"FAIL {' '.join(args)}: {problem}")
    else:
        passed += 1
print(f"junit: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
