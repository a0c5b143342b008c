#!/bin/sh
# Benchmark of `tally extract` on pathological text against normal news text (issue 8): time must
# stay linear in the input and pathological text must not cost much more per byte than news.
#
#   Tests/Benchmarks/adversarial/run.sh [MEGABYTES [RUNS]]      (default 10 MB, 3 runs; from the package root)
#
# Generates both corpora deterministically (Tests/Benchmarks/extract/generate.py for news-like text,
# Tests/Benchmarks/adversarial/generate.py for long runs of digits, number words and hyphens,
# nested brackets, qualifier chains, packed casualty words and sentences of thousands of figures,
# in documents of 200 bytes to 1 MB), builds the release binary and times each RUNS times on one
# core (--jobs 1) with Tests/Benchmarks/extract/timing.py (microsecond CPU times), keeping the run
# with the least CPU time. Throughput is input MB per CPU second (user + system), steadier than
# wall time on a shared machine. The same
# adversarial text is also timed in 20 KB documents and in 1 MB documents: linear time gives the
# same MB/s for both.
# Exits 1 when the adversarial text runs at less than half the MB/s of news text, or 20 KB documents
# run more than 1.5x faster per MB than 1 MB documents (time growing faster than the text).
# The claims per CPU second are printed for information: the analysis skips candidates far from
# any casualty word and analyses at most 64 candidates of a sentence (Sources/Extraction/CandidateWindow.swift),
# so pathological text yields few claims for its size.
set -eu
MB=${1:-10}
RUNS=${2:-3}
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
NORMAL="$WORK/corpus-$MB.jsonl"
ADVERSARIAL="$WORK/adversarial-$MB.jsonl"
SMALL="$WORK/adversarial-$MB-20k.jsonl"
LARGE="$WORK/adversarial-$MB-1m.jsonl"
[ -f "$NORMAL" ] || python3 Tests/Benchmarks/extract/generate.py "$MB" > "$NORMAL"
[ -f "$ADVERSARIAL" ] || python3 Tests/Benchmarks/adversarial/generate.py "$MB" > "$ADVERSARIAL"
[ -f "$SMALL" ] || python3 Tests/Benchmarks/adversarial/generate.py "$MB" 20000 > "$SMALL"
[ -f "$LARGE" ] || python3 Tests/Benchmarks/adversarial/generate.py "$MB" 1000000 > "$LARGE"
swift build -c release --product tally >/dev/null
BIN=.build/release/tally
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure() {
    $BIN extract --jobs 1 "$1" > /dev/null   # warm the page cache
    run=1
    : > "$WORK/time-$2.txt"
    while [ "$run" -le "$RUNS" ]; do
        python3 Tests/Benchmarks/extract/timing.py "$WORK/claims-$2.jsonl" -- taskset -c 0 $BIN extract --jobs 1 "$1" >> "$WORK/time-$2.txt"
        run=$((run + 1))
    done
    python3 - "$1" "$WORK/time-$2.txt" "$WORK/claims-$2.jsonl" "$2" "$RUNS" <<'PY'
import os, sys
runs = [[float(x) for x in line.split()] for line in open(sys.argv[2]) if line.strip()]
assert all(r[3] == 0 for r in runs), f"a run failed: {runs}"
wall, cpu, rss, _ = min(runs, key=lambda r: r[1])
mb = os.path.getsize(sys.argv[1]) / 1e6
claims = sum(1 for _ in open(sys.argv[3], "rb"))
print(f"{sys.argv[4]}: {mb:.1f} MB, {claims} claims, {wall:.3f} s wall, {cpu:.3f} s CPU (least of {sys.argv[5]}), "
      f"{mb / cpu:.1f} MB/s per CPU second, peak RSS {rss / 1024:.0f} MB")
open(sys.argv[2] + ".rate", "w").write(f"{mb / cpu} {claims / cpu}")
PY
}
measure "$NORMAL" normal
measure "$ADVERSARIAL" adversarial
measure "$SMALL" adversarial-20KB-documents
measure "$LARGE" adversarial-1MB-documents
python3 - "$WORK/time-normal.txt.rate" "$WORK/time-adversarial.txt.rate" "$WORK/time-adversarial-20KB-documents.txt.rate" \
    "$WORK/time-adversarial-1MB-documents.txt.rate" <<'PY'
import sys
(normal_mb, normal_claims), (adv_mb, adv_claims), (small_mb, _), (large_mb, _) = ([float(x) for x in open(p).read().split()] for p in sys.argv[1:5])
per_mb, scaling = normal_mb / adv_mb, small_mb / large_mb
print(f"adversarial vs normal text: {per_mb:.2f}x slower per MB (limit 2x); "
      f"{adv_claims:.0f} vs {normal_claims:.0f} claims per CPU second (reported)")
print(f"20 KB vs 1 MB documents of adversarial text: {scaling:.2f}x the MB/s (limit 1.5x: time grows linearly)")
ok = per_mb <= 2 and scaling <= 1.5
print("pass" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
