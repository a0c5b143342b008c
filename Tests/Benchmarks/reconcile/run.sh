#!/usr/bin/env bash
# Benchmarks of reconciliation at scale: generates realistic claim files (deterministic) and times
# `tally reconcile` (text summary, then the full JSON document), `tally check` and `tally report` on each with /usr/bin/time
# (wall time, peak memory), plus the phases tally reports with TALLY_TIMING=1.
#   Tests/Benchmarks/reconcile/run.sh [SIZES…]     (default: 100000 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$root"
swift build -c release --product tally >/dev/null
tally=.build/release/tally
work=${TMPDIR:-/tmp}/tally-bench-reconcile
mkdir -p "$work"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${sizes[@]}"; do
  data="$work/claims-$size.csv"
  [ -f "$data" ] || python3 "$here/generate.py" "$size" "$data"
  # label|arguments: the reconciliation with its text summary; the same with the full JSON
  # document (about 750 bytes per claim) written; the CI gate; the report.
  for job in "reconcile|reconcile --format text" "reconcile --format json|reconcile --format json -o $work/out-$size.json" \
             "check|check --fail-on never --max-findings 0" "report|report -o $work/report-$size.md"; do
    label=${job%%|*}
    command=${job#*|}
    name=$(echo "$label" | tr ' ' '-')
    # shellcheck disable=SC2086
    TALLY_TIMING=1 /usr/bin/time -f "%e %M" $tally ${command%% *} "$data" ${command#* } >/dev/null 2> "$work/time-$name-$size.txt" || true
    read -r wall rss < <(tail -1 "$work/time-$name-$size.txt")
    # Top-level phases only (sub-phases are named "phase: part"), wall time and process CPU time.
    phases=$(grep '^timing:' "$work/time-$name-$size.txt" | grep -v '^timing: [a-z ]*:' \
      | sed -E 's/^timing: (.*) ([0-9.]+ s) \(cpu ([0-9.]+ s).*/\1 \2 (cpu \3)/' | tr '\n' ';' | sed 's/;$/ /;s/;/; /g')
    echo "$label, $size claims: wall ${wall} s, peak RSS $((rss / 1024)) MB  ($phases)"
  done
done
