#!/usr/bin/env bash
# corpus.sh SHARED — run the release binary over every plan in SHARED/corpus and SHARED/realplans.
# Each must exit 0 or 1 (audited), except files MANIFEST.tsv marks as invalid JSON, which must
# exit 2 with one line `tfaudit: FILE: reason`. Hand-made or trimmed plans (011, 088, 005) are
# audited as far as their content allows. Never a panic, never a hang. Then the named findings
# of realplan-expect.tsv.
set -uo pipefail
shared=${1:-../shared}
bin=${TFAUDIT:-target/release/tfaudit}
[ -x "$bin" ] || { echo "corpus: $bin not built (make release)" >&2; exit 2; }
[ -d "$shared/corpus" ] || { echo "corpus: no $shared/corpus" >&2; exit 2; }

# Column 12 of the manifest is the kind (plan, state, invalid); awk keeps empty columns.
declare -A kind
while read -r file k; do
  kind[$file]=$k
done < <(awk -F'\t' 'NR > 1 { print $1, $12 }' "$shared/corpus/MANIFEST.tsv")

pass=0 fail=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for f in "$shared"/corpus/*.json "$shared"/realplans/*.json; do
  name=$(basename "$f")
  timeout 60 "$bin" "$f" --format json > /dev/null 2> "$err"
  code=$?
  want="0 or 1"
  ok=no
  if [ "$(dirname "$f")" = "$shared/corpus" ] && [ "${kind[$name]:-}" = invalid ]; then
    want=2
    [ $code -eq 2 ] && [ "$(wc -l < "$err")" -eq 1 ] && grep -q "^tfaudit: $f: " "$err" && ok=yes
  else
    { [ $code -eq 0 ] || [ $code -eq 1 ]; } && [ ! -s "$err" ] && ok=yes
  fi
  if [ $ok = yes ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $f: exit $code (want $want): $(head -c 300 "$err" | tr '\n' ' ')"
  fi
done
echo "corpus: $pass passed, $fail failed"
python3 "$(dirname "$0")/realplan-expect.py" "$shared" "$bin" "$(dirname "$0")/realplan-expect.tsv" || fail=$((fail + 1))
[ $fail -eq 0 ]
