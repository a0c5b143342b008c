#!/bin/sh
# Benchmark of `tally extract`: throughput (MB/s) on one core and on every core (--jobs), the
# speed-up between them, and peak memory, on a generated corpus.
#
#   Tests/Benchmarks/extract/run.sh [MEGABYTES [RUNS]]      (default 24 MB, 3 runs; from the package root)
#
# Generates the corpus deterministically (Tests/Benchmarks/extract/generate.py), builds the release
# binary, runs it once to warm the page cache, then times RUNS runs of each setting with
# /usr/bin/time -v and reports the fastest: MB/s (input bytes / wall-clock seconds), MB/s per CPU
# second (user + system: steadier than wall time when other work shares the cores) and peak
# resident memory. One core is `taskset -c 0 tally extract --jobs 1`; every core is the default.
# The speed-up is one core's wall time over every core's. Exits 1 when the two outputs differ.
# The load average is printed before and after: wall times mean little when it is high.
# Peak memory on very large inputs (an HTML page, a text file, one long JSON line) is measured by
# Tests/Benchmarks/extract/memory.sh.
set -eu
MB=${1:-24}
RUNS=${2:-3}
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$MB.jsonl"
[ -f "$CORPUS" ] || python3 Tests/Benchmarks/extract/generate.py "$MB" > "$CORPUS"
swift build -c release --product tally >/dev/null
BIN=.build/release/tally
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
$BIN extract "$CORPUS" > /dev/null
BYTES=$(wc -c < "$CORPUS")
# The fastest of RUNS timed runs: prints "wall cpu rss" (seconds, seconds, kB).
fastest() {
    python3 - "$@" <<'PY'
import re, sys
best = None
for path in sys.argv[1:]:
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1)) for kind in ("User", "System"))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    if best is None or seconds < best[0]:
        best = (seconds, cpu, rss)
print(*best)
PY
}
report() {
    python3 - "$BYTES" "$CLAIMS" "$RUNS" "$1" "$2" "$3" "$4" <<'PY'
import sys
mb = int(sys.argv[1]) / 1e6
claims, runs, name = sys.argv[2], sys.argv[3], sys.argv[4]
seconds, cpu, rss = float(sys.argv[5]), float(sys.argv[6]), int(sys.argv[7])
print(f"{name}: input {mb:.1f} MB, {claims} claims, {seconds:.2f} s wall (fastest of {runs}), {mb / seconds:.1f} MB/s, "
      f"{cpu:.2f} s CPU, {mb / max(cpu, 0.01):.1f} MB/s per CPU second, peak RSS {rss / 1024:.1f} MB")
PY
}
rm -f "$WORK"/time-one-*.txt "$WORK"/time-all-*.txt
run=1
while [ "$run" -le "$RUNS" ]; do
    /usr/bin/time -v taskset -c 0 $BIN extract --jobs 1 "$CORPUS" > "$WORK/claims.jsonl" 2> "$WORK/time-one-$run.txt"
    /usr/bin/time -v $BIN extract "$CORPUS" > "$WORK/claims-all.jsonl" 2> "$WORK/time-all-$run.txt"
    cmp -s "$WORK/claims.jsonl" "$WORK/claims-all.jsonl" || { echo "output differs between --jobs 1 and all cores" >&2; exit 1; }
    run=$((run + 1))
done
CLAIMS=$(wc -l < "$WORK/claims.jsonl")
set -- $(fastest "$WORK"/time-one-*.txt)
ONE_WALL=$1
report "one core (--jobs 1)" "$1" "$2" "$3"
set -- $(fastest "$WORK"/time-all-*.txt)
report "all $(nproc) cores" "$1" "$2" "$3"
python3 -c "import sys; print(f'speed-up: {float(sys.argv[1]) / float(sys.argv[2]):.2f}x (one core wall / all cores wall)')" "$ONE_WALL" "$1"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
