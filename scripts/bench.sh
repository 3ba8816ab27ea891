#!/usr/bin/env bash
# bench.sh SHARED — the figures of issue 22 beside their targets, and a table of every file.
# Each file is audited (tfaudit --format json) and parsed (examples/parse-baseline: a plain
# serde_json::Value, and tfaudit's own tree) in BENCH_RUNS (5) rounds, each file in turn; the
# medians are shown, and a figure comparing two times is the median of the rounds' ratios, so a
# machine whose speed drifts slows both sides alike (growth: measure_growth). Wall time from bash's EPOCHREALTIME, peak
# memory (max RSS) from GNU time. Files: the demo, the hostile fixtures, SHARED/bench/*.json, a
# 100k-resource plan made from the 10k one (scripts/scale-plan.py), and plans of 10k and 100k
# resources in one module with many cross-references (scripts/gen-crossref-plan.py); generated
# plans are cached in target/bench. BENCH_1G=1 adds a 1 GB, 1M-resource plan (one round).
# Figures only: nothing here passes or fails on speed.
set -uo pipefail
shared=${1:-../shared}
bin=target/release/tfaudit
base=target/release/examples/parse-baseline
runs=${BENCH_RUNS:-5}
[ -x "$bin" ] && [ -x "$base" ] || { echo "bench: build with make release and cargo build --release --example parse-baseline first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# once CMD...: prints "seconds max_rss_kb" of one run.
once() {
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$tmp" "$@" > /dev/null 2>&1
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') $(tail -n 1 "$tmp")"
}

# median: the middle of the numbers on stdin (the mean of the two middle ones for an even count).
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Start-up: 50 runs of the demo in a loop per sample (per_run_ms), tfaudit, the parse and
# /bin/true in turn. A sample is taken at the start of each round of measure_all and of
# measure_growth (23 with 5 rounds), spread over the whole run: this machine's speed swings for
# a minute at a time, and samples taken one after another all fell in the same minute.
ta=() tv=() tn=()
startup_sample() {
  ta+=("$(per_run_ms "$bin" "$demo" --format json)")
  tv+=("$(per_run_ms "$base" "$demo")")
  tn+=("$(per_run_ms /bin/true)")
}

# Every file is audited and parsed once a round, the files in turn, for BENCH_RUNS rounds: this
# machine's speed drifts within minutes, and figures that compare two files (growth) are only
# fair when both were measured in the same minutes. Arrays of "seconds kb" per file and kind.
declare -A samples
measure_all() {
  local r f s m
  for r in $(seq "$runs"); do
    startup_sample
    for f in "$@"; do
      # The 1 GB plan is audited once.
      case "$f" in *plan_1g*) [ "$r" -gt 1 ] && continue ;; esac
      read -r s m < <(once "$bin" "$f" --format json); samples[$f.at]+="$s "; samples[$f.am]+="$m "
      read -r s m < <(once "$base" "$f"); samples[$f.vt]+="$s "; samples[$f.vm]+="$m "
      read -r s m < <(once "$base" --tree "$f"); samples[$f.tt]+="$s "; samples[$f.tm]+="$m "
    done
  done
}

# Growth compares the time per byte of two plans, a tenth and ten times the size: one run of
# the small plan (0.2 s) swings by a quarter from run to run here, and a ratio to it swung with
# it (100k growth 0.83-1.34 in nine rounds). So each round runs the small plan K times (K = the
# size ratio, rounded: the same bytes as the large one), half before the large plan's one run
# and half after, for the audit and for the parse: both sides take as long, in the same seconds.
# One round's ratio swings by a tenth either way here (0.89-1.23 in eight rounds of one binary),
# so growth takes 2 * BENCH_RUNS - 1 rounds (9): a median of five missed its true value by 0.1.
growth_runs=$((2 * runs - 1))
declare -A grown
measure_growth() {
  local small=$1 large=$2 k r
  k=$(awk -v a="$(stat -c %s "$large")" -v b="$(stat -c %s "$small")" 'BEGIN { printf "%d", a / b + 0.5 }')
  grown[$small.$large.k]=$k
  for r in $(seq "$growth_runs"); do
    startup_sample
    around "$small" "$large" "$k" a "$bin" --format json
    around "$small" "$large" "$k" v "$base"
  done
}

# around SMALL LARGE K SIDE PROGRAM [OPTIONS...]: one round of measure_growth for PROGRAM:
# half of the K runs of SMALL, LARGE once, the other half, so that a drift of the machine's
# speed weighs on both sides alike; adds to grown[...SIDE s] and grown[...SIDE l].
around() {
  local small=$1 large=$2 k=$3 side=$4 prog=$5 before after s
  shift 5
  before=$(runs_s "$((k / 2))" "$prog" "$small" "$@")
  read -r s _ < <(once "$prog" "$large" "$@")
  after=$(runs_s "$((k - k / 2))" "$prog" "$small" "$@")
  grown[$small.$large.${side}l]+="$s "
  grown[$small.$large.${side}s]+="$(awk -v a="$before" -v b="$after" 'BEGIN { print a + b }') "
}

# The 10k plan's audit / parse is the figure with a target at 1.0x, and one pair of runs here
# gives anything from 0.6x to 1.1x (both sides swing by a quarter): measure_pairs FILE N adds
# N more pairs, audit then parse, whose ratios join the rounds' in the figure's median.
measure_pairs() {
  local r s
  for r in $(seq "$2"); do
    read -r s _ < <(once "$bin" "$1" --format json); samples[$1.pa]+="$s "
    read -r s _ < <(once "$base" "$1"); samples[$1.pv]+="$s "
  done
}

# medians FILE: "audit_s audit_kb value_s value_kb tree_s tree_kb" of FILE's rounds.
medians() {
  local k
  for k in at am vt vm tt tm; do
    printf '%s ' "$(printf '%s\n' ${samples[$1.$k]} | median)"
  done
  echo
}

# runs_s N CMD...: seconds for N runs of CMD back to back.
runs_s() {
  local n=$1 start=$EPOCHREALTIME
  shift
  for _ in $(seq "$n"); do "$@" > /dev/null 2>&1; done
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }'
}

# per_run_ms CMD...: milliseconds per run of CMD, timed over 50 runs in a loop (start-up is a
# few ms, below what one run can measure against the shell's own noise).
per_run_ms() {
  awk -v s="$(runs_s 50 "$@")" 'BEGIN { printf "%.3f\n", s * 1000 / 50 }'
}

demo=testdata/demo/plan.json
files=("$demo")
# Hostile cost (issue 12): reference fan-in through 20 nested modules (real Terraform), and
# hand-made reference cycles and a plan that runs out of resolution budget.
files+=(testdata/hostile/module-fan-in/plan.json testdata/hostile/reference-cycles-handmade/plan.json
  testdata/hostile/resolution-budget-handmade/plan.json)
plan10k=$shared/bench/plan_mod10000.json
plan100k=target/bench/plan_100k.json
unit=testdata/bench/crossref-unit/plan.json
cross10k=target/bench/crossref_10k.json
cross100k=target/bench/crossref_100k.json
mkdir -p target/bench
# The generator must still pair each copy with its own blocks, or the cross-ref figures mean nothing.
python3 scripts/gen-crossref-plan.py --check "$unit" --bin "$bin" || exit 1
# Regenerated when the unit or the generator is newer than the cached plan.
for pair in "10000 $cross10k" "100000 $cross100k"; do
  set -- $pair
  if [ ! -f "$2" ] || [ "$unit" -nt "$2" ] || [ scripts/gen-crossref-plan.py -nt "$2" ]; then
    python3 scripts/gen-crossref-plan.py "$unit" "$1" "$2" > /dev/null
  fi
done
if [ -d "$shared/bench" ]; then
  files+=("$shared"/bench/*.json)
  # Larger plans, made from the 10k one with renamed module copies (scripts/scale-plan.py).
  [ -f "$plan100k" ] || python3 scripts/scale-plan.py "$plan10k" 10 "$plan100k" > /dev/null
  files+=("$plan100k")
  if [ -n "${BENCH_1G:-}" ]; then
    [ -f target/bench/plan_1g.json ] || python3 scripts/scale-plan.py "$plan10k" 100 target/bench/plan_1g.json > /dev/null
    files+=(target/bench/plan_1g.json)
  fi
else
  echo "bench: no $shared/bench; no 10k and 100k figures" >&2
fi
files+=("$cross10k" "$cross100k")

measure_all "${files[@]}"
[ -d "$shared/bench" ] && measure_growth "$plan10k" "$plan100k" && measure_pairs "$plan10k" $((2 * runs))
measure_growth "$cross10k" "$cross100k"
declare -A row
printf '%-28s %9s %9s | %8s %9s | %8s %9s | %8s %9s | %6s %6s\n' \
  file bytes resources audit_s audit_MB value_s value_MB tree_s tree_MB x_time x_size
for f in "${files[@]}"; do
  bytes=$(stat -c %s "$f")
  # A fixture's plan.json is named by its folder.
  name=$(basename "$f"); [ "$name" = plan.json ] && name=$(basename "$(dirname "$f")")
  resources=$("$bin" "$f" --format json 2> /dev/null | sed -n 's/.*"resources": \([0-9]*\).*/\1/p' | head -n 1)
  read -r at am vt vm tt tm < <(medians "$f")
  row[$f]="$bytes $at $am $vt $vm"
  awk -v f="$name" -v b="$bytes" -v r="$resources" -v at="$at" -v am="$am" -v vt="$vt" -v vm="$vm" \
      -v tt="$tt" -v tm="$tm" 'BEGIN {
    xt = (vt > 0) ? at / vt : 0
    printf "%-28s %9d %9s | %8.3f %9.1f | %8.3f %9.1f | %8.3f %9.1f | %6.2f %6.2f\n",
      f, b, r, at, am / 1024, vt, vm / 1024, tt, tm / 1024, xt, (am * 1024) / b }'
done
echo "audit = tfaudit --format json; value = serde_json::Value parse; tree = tfaudit's parse alone"
echo "median of $runs rounds (every file in turn each round); x_time = audit time / Value parse time; x_size = audit peak memory / file size"

start_a=$(printf '%s\n' "${ta[@]}" | median)
start_v=$(printf '%s\n' "${tv[@]}" | median)
start_n=$(printf '%s\n' "${tn[@]}" | median)

echo
echo "Issue 22 figures (median of $runs rounds; parse = serde_json::Value parse of the same file;"
echo "a ratio of two times is the median of the rounds' ratios: both were measured in the same minute;"
echo "the 10k plan's audit / parse adds $((2 * runs)) pairs; growth takes $growth_runs rounds, each running the"
echo "smaller plan ten times around the larger one;"
echo "start-up: ${#ta[@]} samples of 50 runs, taken at the start of every round above)"
printf '%-46s %9s %9s | %10s %10s %9s\n' figure measured target tfaudit parse "x parse"
# paired A B [SCALE]: the median over the rounds of A's sample over B's, times SCALE.
paired() {
  awk -v a="$1" -v b="$2" -v k="${3:-1}" 'BEGIN {
    n = split(a, x, " "); split(b, y, " ")
    for (i = 1; i <= n; i++) r[i] = x[i] / y[i] * k
    for (i = 2; i <= n; i++) { v = r[i]; for (j = i - 1; j > 0 && r[j] > v; j--) r[j + 1] = r[j]; r[j + 1] = v }
    if (n % 2) print r[(n + 1) / 2]; else print (r[n / 2] + r[n / 2 + 1]) / 2 }'
}
# time_fig LABEL FILE: audit time against the parse (the target is on the ratio), over the
# rounds and any pairs of measure_pairs.
time_fig() {
  read -r b at am vt vm <<< "${row[$2]}"
  local x
  x=$(paired "${samples[$2.at]} ${samples[$2.pa]:-}" "${samples[$2.vt]} ${samples[$2.pv]:-}")
  awk -v l="$1" -v at="$at" -v vt="$vt" -v x="$x" -v tg="$3" 'BEGIN {
    printf "%-46s %8.2fx %9s | %8.3f s %8.3f s %8.2fx\n", l, x, tg, at, vt, x }'
}
# mem_fig LABEL FILE TARGET: peak RSS over the file size.
mem_fig() {
  read -r b at am vt vm <<< "${row[$2]}"
  awk -v l="$1" -v b="$b" -v am="$am" -v vm="$vm" -v tg="$3" 'BEGIN {
    printf "%-46s %8.2fx %9s | %7.1f MB %7.1f MB %8.2fx\n", l, am * 1024 / b, tg, am / 1024, vm / 1024, am / vm }'
}
# growth_fig LABEL SMALL LARGE TARGET: time per byte of LARGE over SMALL's, tfaudit's and the
# parse's, each round's LARGE against the same round's K runs of SMALL (measure_growth).
growth_fig() {
  local b1 b2 k ga gv g=$2.$3
  read -r b1 _ <<< "${row[$2]}"
  read -r b2 _ <<< "${row[$3]}"
  k=$(awk -v a="$b1" -v b="$b2" -v n="${grown[$g.k]}" 'BEGIN { print a * n / b }')
  ga=$(paired "${grown[$g.al]}" "${grown[$g.as]}" "$k")
  gv=$(paired "${grown[$g.vl]}" "${grown[$g.vs]}" "$k")
  awk -v l="$1" -v ga="$ga" -v gv="$gv" -v tg="$4" 'BEGIN {
    printf "%-46s %9.2f %9s | %10.2f %10.2f %8.2fx\n", l, ga, tg, ga, gv, ga / gv }'
}
if [ -n "${row[$plan10k]:-}" ]; then
  time_fig "10k plan: audit time / parse time" "$plan10k" "<= 1.0x"
  mem_fig "10k plan: peak RSS / file size" "$plan10k" "<= 3x"
  time_fig "100k plan: audit time / parse time" "$plan100k" "-"
  mem_fig "100k plan: peak RSS / file size" "$plan100k" "<= 4x"
  growth_fig "100k plan: time per byte / 10k plan's" "$plan10k" "$plan100k" "<= 1.2"
fi
time_fig "cross-ref 10k: audit time / parse time" "$cross10k" "-"
mem_fig "cross-ref 10k: peak RSS / file size" "$cross10k" "-"
time_fig "cross-ref 100k: audit time / parse time" "$cross100k" "-"
mem_fig "cross-ref 100k: peak RSS / file size" "$cross100k" "-"
growth_fig "cross-ref: time per byte 100k / 10k's" "$cross10k" "$cross100k" "<= 1.2"
awk -v a="$start_a" -v v="$start_v" -v x="$(paired "${ta[*]}" "${tv[*]}")" 'BEGIN {
  printf "%-46s %7.2f ms %9s | %7.2f ms %7.2f ms %8.2fx\n", "start-up: demo plan, wall time per run", a, "< 5 ms", a, v, x }'
echo "x parse: tfaudit's column over the parse's (time, peak RSS, growth); growth: time per byte of"
echo "the larger plan over the smaller's; start-up: $(printf '%s' "$start_n") ms of it is starting any process (/bin/true);"
echo "start-up samples from $(printf '%s\n' "${ta[@]}" | sort -g | head -n 1) to $(printf '%s\n' "${ta[@]}" | sort -g | tail -n 1) ms"
# `make release` links the C library statically on Linux; `cargo test --release` relinks the
# binary dynamically, about 1 ms more per start.
if command -v ldd > /dev/null && ldd "$bin" > /dev/null 2>&1; then
  echo "note: $bin is dynamically linked (make release links it statically)"
fi

# Issue 15: what reading the .tf source adds, on the largest real plan that has its source
# (50 runs in a loop per sample, with and without the source alternating, median of $runs).
real=$shared/realplans
if [ -d "$real/src" ]; then
  largest=$(for s in "$real"/src/*/ROOT; do n=$(basename "$(dirname "$s")"); [ -f "$real/$n.json" ] && echo "$(stat -c %s "$real/$n.json") $n"; done | sort -n | tail -n 1 | cut -d' ' -f2)
  srcdir=$real/src/$largest/$(cat "$real/src/$largest/ROOT")
  tw=() to=()
  for _ in $(seq "$runs"); do
    tw+=("$(per_run_ms "$bin" "$real/$largest.json" --format json --source-dir "$srcdir")")
    to+=("$(per_run_ms "$bin" "$real/$largest.json" --format json --no-source)")
  done
  with=$(printf '%s\n' "${tw[@]}" | median)
  without=$(printf '%s\n' "${to[@]}" | median)
  # Like the figures above, the median of each pair's ratio: the two ran seconds apart.
  x=$(paired "${tw[*]}" "${to[*]}")
  echo
  echo "Issue 15 figure (median over $runs alternating pairs of samples of 50 runs)"
  printf '%-46s %9s %9s | %10s %10s\n' figure measured target "with" without
  awk -v x="$x" -v w="$with" -v o="$without" 'BEGIN {
    printf "%-46s %8.0f%% %9s | %7.2f ms %7.2f ms\n", "source: time it adds to the largest real plan", (x - 1) * 100, "<= 50%", w, o }'
  echo "largest real plan with its source: $largest ($srcdir)"
fi
