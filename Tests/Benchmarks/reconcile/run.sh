#!/usr/bin/env bash
# Reconciliation benchmark: generates 100,000 and 1,000,000 claims (deterministic) and times
# `tally reconcile` on each with /usr/bin/time -v (wall time and peak memory).
#   Tests/Benchmarks/reconcile/run.sh [SIZES…]     (default: 100000 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$root"
swift build -c release --product tally >/dev/null
work=${TMPDIR:-/tmp}/tally-bench-reconcile
mkdir -p "$work"
for n in "${@:-100000 1000000}"; do
  for size in $n; do
    data="$work/claims-$size.csv"
    [ -f "$data" ] || python3 "$here/generate.py" "$size" "$data"
    /usr/bin/time -v .build/release/tally reconcile "$data" --format json -o "$work/out-$size.json" 2> "$work/time-$size.txt"
    wall=$(grep "Elapsed (wall clock)" "$work/time-$size.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time-$size.txt" | awk '{print $NF}')
    echo "claims $size: wall $wall, peak RSS $((rss / 1024)) MB"
  done
done
