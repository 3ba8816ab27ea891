#!/usr/bin/env python3
"""Tests of scripts/pre-commit-hook.py without Terraform or AWS: --dry-run on a made-up repo.
Also checks that action.yml and .pre-commit-hooks.yaml are well-formed (when PyYAML is there)."""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HOOK = os.path.join(HERE, "pre-commit-hook.py")
REPO = os.path.dirname(HERE)

FILES = {
    # Root: a backend block (the provider is configured implicitly).
    "envs/prod/main.tf": 'terraform {\n  backend "s3" {}\n}\nmodule "net" {\n  source = "../../modules/net"\n}\n',
    "envs/prod/prod.tfvars": 'x = 1\n',
    # Root: a provider block.
    "envs/dev/main.tf": 'provider "aws" {\n  region = "eu-west-1"\n}\nmodule "app" {\n  source = "../../modules/app"\n}\n',
    # Root: only the lock file says so.
    "envs/lock/main.tf": 'resource "aws_s3_bucket" "b" {}\n',
    "envs/lock/.terraform.lock.hcl": '',
    # Root in JSON syntax.
    "envs/json/main.tf.json": json.dumps({"provider": {"aws": {}}, "module": {"n": {"source": "../../modules/net"}}}),
    # Modules: required_providers and a commented-out provider block are not roots.
    "modules/app/main.tf": 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n'
    '# provider "aws" {\n/* backend "s3" {\n} */\nmodule "net" {\n  source = "../net"\n}\n',
    "modules/net/main.tf": 'resource "aws_vpc" "v" {}\n',
    "modules/unused/main.tf": 'resource "aws_vpc" "v" {}\n',
    # A module cache is never scanned.
    "envs/dev/.terraform/modules/x/main.tf": 'provider "aws" {}\n',
    # JSON files: a plan, a state-like file, and JSON that is not a plan.
    "plan.json": json.dumps({"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {}}),
    "other.json": json.dumps({"format_version": "1.0"}),
    "broken.json": "{",
}


def dry(repo, *files):
    r = subprocess.run([sys.executable, HOOK, "--dry-run", "--fail-on=high", *files], cwd=repo,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def check(got, want, what):
    if got != want:
        print(f"FAIL {what}:\n  got  {got}\n  want {want}")
        sys.exit(1)


def hook_tests():
    with tempfile.TemporaryDirectory() as repo:
        for path, text in FILES.items():
            p = os.path.join(repo, path)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w") as f:
                f.write(text)
        check(dry(repo, "envs/prod/main.tf"), ["module envs/prod"], "a root module with a backend")
        check(dry(repo, "envs/prod/prod.tfvars"), ["module envs/prod"], "a changed tfvars file")
        check(dry(repo, "envs/lock/main.tf"), ["module envs/lock"], "a root by its lock file")
        check(dry(repo, "envs/dev/main.tf", "envs/dev/main.tf"), ["module envs/dev"], "one plan per module")
        check(dry(repo, "modules/app/main.tf"), ["module envs/dev"], "a module re-plans its callers")
        check(dry(repo, "modules/net/main.tf"),
              ["module envs/dev", "module envs/json", "module envs/prod"], "transitive callers, JSON syntax")
        check(dry(repo, "--skip=envs/p*", "--skip=envs/json", "modules/net/main.tf"), ["module envs/dev"],
              "--skip leaves root modules out")
        check(dry(repo, "modules/unused/main.tf"), [], "a module nobody calls")
        check(dry(repo, "README.md"), [], "not Terraform")
        check(dry(repo, "plan.json", "other.json", "broken.json", "envs/json/main.tf.json"),
              ["module envs/json", "plan plan.json"], "only real plans are audited")
        # Running it for real without terraform: a clear failure, never a pass.
        r = subprocess.run([sys.executable, HOOK, "envs/lock/main.tf"], cwd=repo, capture_output=True,
                           text=True, env={**os.environ, "TERRAFORM": "/nonexistent"})
        check((r.returncode, "not initialised" in r.stderr), (2, True), "an uninitialised module")


def yaml_tests():
    try:
        import yaml
    except ImportError:
        print("pre-commit hook test: PyYAML not installed; action.yml check skipped")
        return
    with open(os.path.join(REPO, "action.yml")) as f:
        action = yaml.safe_load(f)
    check(action["runs"]["using"], "composite", "action.yml is a composite action")
    inputs = set(action["inputs"])
    text = open(os.path.join(REPO, "action.yml")).read()
    used = set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))
    check(sorted(used - inputs), [], "action.yml uses only declared inputs")
    for step in action["runs"]["steps"]:
        if "run" in step:
            check("shell" in step, True, f"composite step {step.get('name')} has a shell")
    with open(os.path.join(REPO, ".pre-commit-hooks.yaml")) as f:
        hooks = yaml.safe_load(f)
    for h in hooks:
        entry = h["entry"].split()[0]
        check(os.access(os.path.join(REPO, entry), os.X_OK) or h["language"] != "script", True,
              f"hook {h['id']} entry is an executable script")


if __name__ == "__main__":
    hook_tests()
    yaml_tests()
    print("pre-commit hook and action.yml: ok")
