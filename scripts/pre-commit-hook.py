#!/usr/bin/env python3
"""pre-commit hook: plan the root modules touched by a commit and audit the plans with tfaudit.

Plans are written to a temporary directory and deleted afterwards: they hold secrets in clear
text and are never committed. Usage (pre-commit passes the changed files):

  pre-commit-hook.py [--init] [--dry-run] [--plan-arg=ARG]... [--TFAUDIT-OPTION=VALUE]... FILES

Root modules, from the changed .tf / .tf.json / .tfvars files:
  - a directory is a root module when it holds .terraform.lock.hcl (terraform init writes it in
    the root module only), a `provider "NAME" {` block, or a `backend "NAME" {` / `cloud {`
    block; a `terraform { required_providers }` block alone is not enough (modules declare it);
  - a changed directory that is not a root module re-plans every root module of the repository
    that calls it through local `source = "./..."` / `"../..."` module paths, transitively.
Changed .json files other than .tf.json are audited directly if they are Terraform plan or state
JSON (top-level `format_version` and `terraform_version`), and skipped otherwise.

--init          run `terraform init -backend=false -input=false` first (providers and modules;
                keeps the backend initialised before). Without it the directory must already be
                initialised (a `.terraform` directory).
--dry-run       print the root modules and plan files that would be audited, run nothing.
--plan-arg=ARG  an extra argument for `terraform plan` (repeatable), e.g. --plan-arg=-var-file=dev.tfvars
--skip=GLOB     root modules whose path matches GLOB (fnmatch, e.g. examples/*) are not planned
Other options (written --option=value) go to tfaudit. TFAUDIT and TERRAFORM name the programs.
"""
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TF_SUFFIXES = (".tf", ".tf.json", ".tfvars", ".tfvars.json")
SKIP_DIRS = {".git", ".terraform", "node_modules"}

BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
LINE_COMMENT = re.compile(r"(?m)(#|//).*$")
ROOT_BLOCK = re.compile(r'(?m)^\s*(provider\s+"[^"]+"|backend\s+"[^"]+"|cloud)\s*\{')
LOCAL_SOURCE = re.compile(r'(?m)^\s*source\s*=\s*"(\.\.?/[^"]*|\.\.?)"')


def strip_comments(text):
    # Rough: a "#" or "//" inside a string is cut too, which only loses the rest of that line.
    return LINE_COMMENT.sub("", BLOCK_COMMENT.sub("", text))


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def module_facts(d):
    """(is_root, local module directories called) of the directory d."""
    root = os.path.isfile(os.path.join(d, ".terraform.lock.hcl"))
    calls = set()
    try:
        names = sorted(os.listdir(d))
    except OSError:
        return False, calls
    for n in names:
        p = os.path.join(d, n)
        if n.endswith(".tf"):
            text = strip_comments(read(p))
            root = root or bool(ROOT_BLOCK.search(text))
            sources = LOCAL_SOURCE.findall(text)
        elif n.endswith(".tf.json"):
            try:
                doc = json.loads(read(p))
            except ValueError:
                continue
            if not isinstance(doc, dict):
                continue
            tf = doc.get("terraform")
            tf = tf if isinstance(tf, dict) else {}
            root = root or "provider" in doc or "backend" in tf or "cloud" in tf
            mods = doc.get("module")
            mods = mods if isinstance(mods, dict) else {}
            sources = [m.get("source", "") for m in mods.values() if isinstance(m, dict)]
            sources = [s for s in sources if isinstance(s, str) and s.startswith((".", "./", "../"))]
        else:
            continue
        for s in sources:
            calls.add(os.path.normpath(os.path.join(d, s)))
    return root, calls


def module_dirs(top):
    """Every directory under top holding .tf or .tf.json files."""
    out = []
    for d, subdirs, files in os.walk(top):
        subdirs[:] = sorted(s for s in subdirs if s not in SKIP_DIRS)
        if any(f.endswith((".tf", ".tf.json")) for f in files):
            out.append(os.path.normpath(d))
    return out


def root_modules(changed_dirs, top="."):
    """The root modules to plan for the changed directories (sorted)."""
    facts = {d: module_facts(d) for d in module_dirs(top)}
    changed = {os.path.normpath(d) for d in changed_dirs}
    roots = {d for d in changed if (facts[d] if d in facts else module_facts(d))[0]}
    # Roots that reach a changed directory through local module calls.
    for r, (is_root, _) in facts.items():
        if not is_root or r in roots:
            continue
        seen, todo = set(), [r]
        while todo:
            d = todo.pop()
            if d in seen:
                continue
            seen.add(d)
            if d != r and d in changed:
                roots.add(r)
                break
            todo.extend(facts.get(d, (False, set()))[1])
    return sorted(roots)


def is_plan_json(path):
    """A Terraform plan or state JSON file: top-level format_version and terraform_version."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return False
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            break
    else:
        enc = "utf-8"
    try:
        doc = json.loads(raw.decode(enc))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(doc, dict) and "format_version" in doc and "terraform_version" in doc


def run(cmd, **kw):
    print("+ " + " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, **kw).returncode


def plan_and_audit(root, init, plan_args, tfaudit, terraform, tfaudit_args):
    """Exit code of tfaudit on the module's plan (2 when planning failed)."""
    if init:
        if run([terraform, f"-chdir={root}", "init", "-backend=false", "-input=false"],
               stdout=subprocess.DEVNULL) != 0:
            return 2
    elif not os.path.isdir(os.path.join(root, ".terraform")):
        print(f"tfaudit hook: {root}: not initialised; run terraform init there, or give the "
              "hook --init", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="tfaudit-hook-")
    try:
        plan = os.path.join(tmp, "tfplan")
        code = run([terraform, f"-chdir={root}", "plan", "-input=false", "-lock=false",
                    f"-out={plan}", *plan_args], stdout=subprocess.DEVNULL)
        if code != 0:
            print(f"tfaudit hook: {root}: terraform plan failed", file=sys.stderr)
            return 2
        js = os.path.join(tmp, "plan.json")
        with open(js, "wb") as out:
            if run([terraform, f"-chdir={root}", "show", "-json", plan], stdout=out) != 0:
                return 2
        return run([tfaudit, js, f"--source-dir={root}", *tfaudit_args])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    init = dry = False
    plan_args, files, tfaudit_args, skip = [], [], [], []
    for a in argv:
        if a == "--init":
            init = True
        elif a == "--dry-run":
            dry = True
        elif a.startswith("--skip="):
            skip.append(a.split("=", 1)[1])
        elif a.startswith("--plan-arg="):
            plan_args.append(a.split("=", 1)[1])
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("-"):
            tfaudit_args.append(a)
        else:
            files.append(a)
    changed_dirs = {os.path.dirname(f) or "." for f in files if f.endswith(TF_SUFFIXES)}
    plans = [f for f in files
             if f.endswith(".json") and not f.endswith((".tf.json", ".tfvars.json")) and is_plan_json(f)]
    roots = [r for r in root_modules(changed_dirs) if not any(fnmatch.fnmatch(r, g) for g in skip)]
    if dry:
        for r in roots:
            print(f"module {r}")
        for p in plans:
            print(f"plan {p}")
        return 0
    tfaudit = os.environ.get("TFAUDIT", "tfaudit")
    terraform = os.environ.get("TERRAFORM", "terraform")
    worst = 0
    for p in plans:
        worst = max(worst, run([tfaudit, p, *tfaudit_args]))
    for r in roots:
        worst = max(worst, plan_and_audit(r, init, plan_args, tfaudit, terraform, tfaudit_args))
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
