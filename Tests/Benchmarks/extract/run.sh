#!/bin/sh
# Benchmark of `tally extract`: throughput (MB/s) on one core and on every core (--jobs), the
# speed-up between them, and peak memory, on a generated corpus.
#
#   Tests/Benchmarks/extract/run.sh [MEGABYTES [RUNS]]      (default 24 MB, 5 runs; from the package root)
#
# Generates the corpus deterministically (Tests/Benchmarks/extract/generate.py), builds the release
# binary, runs it once to warm the page cache, then times RUNS runs of each setting, alternating
# them, with Tests/Benchmarks/extract/timing.py (microsecond wall and CPU times, peak memory) and
# reports the fastest run of each: MB/s (input bytes / wall-clock seconds), MB/s per CPU second
# (user + system: steadier than wall time when other work shares the cores) and peak resident
# memory. One core is `taskset -c 0 tally extract --jobs 1`; every core is the default. The
# speed-up is one core's wall time over every core's (the process's start, about 10 ms of dynamic
# linking and argument parsing, is serial in both). Exits 1 when the two outputs differ.
# The load average is printed before and after: wall times mean little when it is high.
# Peak memory on very large inputs (an HTML page, a text file, one long JSON line, text packed
# with claims) is measured by Tests/Benchmarks/extract/memory.sh.
set -eu
MB=${1:-24}
RUNS=${2:-5}
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$MB.jsonl"
TIMING=Tests/Benchmarks/extract/timing.py
[ -f "$CORPUS" ] || python3 Tests/Benchmarks/extract/generate.py "$MB" > "$CORPUS"
swift build -c release --product tally >/dev/null
BIN=.build/release/tally
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
$BIN extract "$CORPUS" > /dev/null
: > "$WORK/time-one.txt"
: > "$WORK/time-all.txt"
run=1
while [ "$run" -le "$RUNS" ]; do
    python3 $TIMING "$WORK/claims.jsonl" -- taskset -c 0 $BIN extract --jobs 1 "$CORPUS" >> "$WORK/time-one.txt"
    python3 $TIMING "$WORK/claims-all.jsonl" -- $BIN extract "$CORPUS" >> "$WORK/time-all.txt"
    cmp -s "$WORK/claims.jsonl" "$WORK/claims-all.jsonl" || { echo "output differs between --jobs 1 and all cores" >&2; exit 1; }
    run=$((run + 1))
done
python3 - "$CORPUS" "$WORK/claims.jsonl" "$RUNS" "$(nproc)" "$WORK/time-one.txt" "$WORK/time-all.txt" <<'PY'
import os, sys
mb = os.path.getsize(sys.argv[1]) / 1e6
claims = sum(1 for _ in open(sys.argv[2], "rb"))
runs, cores = sys.argv[3], sys.argv[4]
def fastest(path):
    rows = [[float(x) for x in line.split()] for line in open(path) if line.strip()]
    assert all(r[3] == 0 for r in rows), f"a run failed: {rows}"
    return min(rows, key=lambda r: r[0])
one, every = fastest(sys.argv[5]), fastest(sys.argv[6])
for name, (wall, cpu, rss, _) in (("one core (--jobs 1)", one), (f"all {cores} cores", every)):
    print(f"{name}: input {mb:.1f} MB, {claims} claims, {wall:.3f} s wall (fastest of {runs}), {mb / wall:.1f} MB/s, "
          f"{cpu:.3f} s CPU, {mb / cpu:.1f} MB/s per CPU second, peak RSS {rss / 1024:.1f} MB")
print(f"speed-up: {one[0] / every[0]:.2f}x (one core wall / all cores wall)")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
