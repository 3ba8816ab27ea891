#!/usr/bin/env bash
# bench.sh SHARED — time the release binary on the demo, on SHARED/bench/*.json and on a 100k-
# resource plan made from them (BENCH_1G=1 adds a 1 GB, 1M-resource plan), beside a plain
# serde_json::Value parse of the same file (examples/parse-baseline.rs). Best of 3 runs; peak memory (max
# RSS) from GNU time. Figures only: nothing here passes or fails on speed.
set -uo pipefail
shared=${1:-../shared}
bin=target/release/tfaudit
base=target/release/examples/parse-baseline
runs=${BENCH_RUNS:-3}
[ -x "$bin" ] && [ -x "$base" ] || { echo "bench: build with make release and cargo build --release --example parse-baseline first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# best_of CMD...: prints "seconds max_rss_kb" of the fastest of $runs runs (one for 1 GB).
best_of() {
  local best_t="" best_m="" out t m n=$runs
  case "$*" in *plan_1g*) n=1 ;; esac
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %M" -o "$tmp" "$@" > /dev/null 2>&1
    out=$(tail -n 1 "$tmp")
    t=${out% *}; m=${out#* }
    if [ -z "$best_t" ] || awk -v a="$t" -v b="$best_t" 'BEGIN { exit !(a < b) }'; then best_t=$t; best_m=$m; fi
  done
  echo "$best_t $best_m"
}

files=(testdata/demo/plan.json)
# Hostile cost (issue 12): reference fan-in through 20 nested modules (real Terraform), and
# hand-made reference cycles and a plan that runs out of resolution budget.
files+=(testdata/hostile/module-fan-in/plan.json testdata/hostile/reference-cycles-handmade/plan.json
  testdata/hostile/resolution-budget-handmade/plan.json)
if [ -d "$shared/bench" ]; then
  files+=("$shared"/bench/*.json)
  # Larger plans, made from the 10k one with renamed module copies (scripts/scale-plan.py).
  mkdir -p target/bench
  [ -f target/bench/plan_100k.json ] || python3 scripts/scale-plan.py "$shared/bench/plan_mod10000.json" 10 target/bench/plan_100k.json > /dev/null
  files+=(target/bench/plan_100k.json)
  if [ -n "${BENCH_1G:-}" ]; then
    [ -f target/bench/plan_1g.json ] || python3 scripts/scale-plan.py "$shared/bench/plan_mod10000.json" 100 target/bench/plan_1g.json > /dev/null
    files+=(target/bench/plan_1g.json)
  fi
else
  echo "bench: no $shared/bench; demo only" >&2
fi
printf '%-28s %9s %9s | %8s %9s | %8s %9s | %8s %9s | %6s %6s\n' \
  file bytes resources audit_s audit_MB value_s value_MB tree_s tree_MB x_time x_size
for f in "${files[@]}"; do
  bytes=$(stat -c %s "$f")
  # A fixture's plan.json is named by its folder.
  name=$(basename "$f"); [ "$name" = plan.json ] && name=$(basename "$(dirname "$f")")
  resources=$("$bin" "$f" --format json 2> /dev/null | sed -n 's/.*"resources": \([0-9]*\).*/\1/p' | head -n 1)
  read -r at am < <(best_of "$bin" "$f" --format json)
  read -r vt vm < <(best_of "$base" "$f")
  read -r tt tm < <(best_of "$base" --tree "$f")
  awk -v f="$name" -v b="$bytes" -v r="$resources" -v at="$at" -v am="$am" -v vt="$vt" -v vm="$vm" \
      -v tt="$tt" -v tm="$tm" 'BEGIN {
    xt = (vt > 0) ? at / vt : 0
    printf "%-28s %9d %9s | %8.2f %9.1f | %8.2f %9.1f | %8.2f %9.1f | %6.2f %6.2f\n",
      f, b, r, at, am / 1024, vt, vm / 1024, tt, tm / 1024, xt, (am * 1024) / b }'
done
echo "audit = tfaudit --format json; value = serde_json::Value parse; tree = tfaudit's parse alone"
echo "x_time = audit time / Value parse time; x_size = audit peak memory / file size"
