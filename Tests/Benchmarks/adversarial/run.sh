#!/bin/sh
# Benchmark of `tally extract` on pathological text against normal news text (issue 8): the
# adversarial corpus must extract at least half as fast as the normal one (time stays linear).
#
#   Tests/Benchmarks/adversarial/run.sh [MEGABYTES]      (default 10; run from the package root)
#
# Generates both corpora deterministically (Tests/Benchmarks/extract/generate.py for news-like text,
# Tests/Benchmarks/adversarial/generate.py for long runs of digits, number words and hyphens,
# nested brackets, qualifier chains, packed casualty words and sentences of thousands of figures,
# in documents of 200 bytes to 1 MB), builds the release binary and times each on one core
# (--jobs 1) with /usr/bin/time. Throughput is input MB per CPU second (user + system), steadier
# than wall time on a shared machine. Exits 1 when the adversarial throughput is below half the normal.
set -eu
MB=${1:-10}
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
NORMAL="$WORK/corpus-$MB.jsonl"
ADVERSARIAL="$WORK/adversarial-$MB.jsonl"
[ -f "$NORMAL" ] || python3 Tests/Benchmarks/extract/generate.py "$MB" > "$NORMAL"
[ -f "$ADVERSARIAL" ] || python3 Tests/Benchmarks/adversarial/generate.py "$MB" > "$ADVERSARIAL"
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
open(sys.argv[2] + ".rate", "w").write(str(mb / max(cpu, 0.01)))
PY
}
measure "$NORMAL" normal
measure "$ADVERSARIAL" adversarial
python3 - "$WORK/time-normal.txt.rate" "$WORK/time-adversarial.txt.rate" <<'PY'
import sys
normal, adversarial = (float(open(p).read()) for p in sys.argv[1:3])
ratio = normal / adversarial
print(f"adversarial text is {ratio:.2f}x slower than normal text (limit 2x): {'pass' if ratio <= 2 else 'FAIL'}")
sys.exit(0 if ratio <= 2 else 1)
PY
