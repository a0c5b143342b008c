#!/bin/sh
# Benchmark of `tally extract` on pathological text against normal news text (issue 8): time must
# stay linear in the input.
#
#   Tests/Benchmarks/adversarial/run.sh [MEGABYTES]      (default 10; run from the package root)
#
# Generates both corpora deterministically (Tests/Benchmarks/extract/generate.py for news-like text,
# Tests/Benchmarks/adversarial/generate.py for long runs of digits, number words and hyphens,
# nested brackets, qualifier chains, packed casualty words and sentences of thousands of figures,
# in documents of 200 bytes to 1 MB), builds the release binary and times each on one core
# (--jobs 1) with /usr/bin/time. Throughput is input MB per CPU second (user + system), steadier
# than wall time on a shared machine, and claims per CPU second. The same adversarial text is also
# timed in 20 KB documents and in 1 MB documents: linear time gives the same MB/s for both.
# Exits 1 when a claim costs more than twice as much as in news text, or 20 KB documents run more
# than 1.5x faster per MB than 1 MB documents (time growing faster than the text).
# The MB/s ratio is reported, not enforced: the adversarial text holds about 9x more claims per MB.
set -eu
MB=${1:-10}
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
measure() {
    $BIN extract --jobs 1 "$1" > /dev/null   # warm the page cache
    /usr/bin/time -f "%U %S %e %M" taskset -c 0 $BIN extract --jobs 1 "$1" 2> "$WORK/time-$2.txt" | wc -l > "$WORK/claims-$2.txt"
    python3 - "$1" "$WORK/time-$2.txt" "$WORK/claims-$2.txt" "$2" <<'PY'
import os, sys
user, system, wall, rss = open(sys.argv[2]).read().split()[-4:]
mb = os.path.getsize(sys.argv[1]) / 1e6
cpu = float(user) + float(system)
claims = open(sys.argv[3]).read().strip()
print(f"{sys.argv[4]}: {mb:.1f} MB, {claims} claims, {float(wall):.2f} s wall, {cpu:.2f} s CPU, "
      f"{mb / max(cpu, 0.01):.2f} MB/s per CPU second, peak RSS {int(rss) / 1024:.0f} MB")
open(sys.argv[2] + ".rate", "w").write(f"{mb / max(cpu, 0.01)} {int(claims) / max(cpu, 0.01)}")
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
per_mb, per_claim, scaling = normal_mb / adv_mb, normal_claims / adv_claims, small_mb / large_mb
print(f"adversarial vs normal text: {per_mb:.2f}x slower per MB (reported), {per_claim:.2f}x slower per claim (limit 2x)")
print(f"20 KB vs 1 MB documents of adversarial text: {scaling:.2f}x the MB/s (limit 1.5x: time grows linearly)")
ok = per_claim <= 2 and scaling <= 1.5
print("pass" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
