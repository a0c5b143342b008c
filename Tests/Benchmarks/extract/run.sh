#!/bin/sh
# Benchmark of `tally extract`: throughput (MB/s) on one core and on every core (--jobs), the
# speed-up between them, what this machine allows for it, and peak memory, on a generated corpus.
#
#   Tests/Benchmarks/extract/run.sh [MEGABYTES [RUNS]]      (default 100 MB, 9 runs; from the package root)
#
# Generates the corpus deterministically (Tests/Benchmarks/extract/generate.py), builds the release
# binary, runs it once to warm the page cache, then times RUNS rounds of three settings, one after
# the other in each round, with Tests/Benchmarks/extract/timing.py (microsecond wall and CPU times,
# peak memory):
#   one core      `taskset -c 0 tally extract --jobs 1 CORPUS`
#   every core    `tally extract CORPUS` (the default: --jobs is the number of cores)
#   two processes the corpus cut in two halves (by whole documents), each half extracted by its own
#                 `tally extract --jobs 1` pinned to its own core, both at once: two processes that
#                 share nothing: what two cores of this machine give this work with no coordination
# and reports, per setting, the fastest run: MB/s (input bytes / wall-clock seconds), MB/s per CPU
# second (user + system: steadier than wall time when other work shares the cores) and peak resident
# memory; then the speed-ups over one core: the ratio of the fastest runs (what the program does when
# nothing else gets in its way) and the median of the rounds' ratios (what a run meets on the day).
# Exits 1 when the every-core output, or the two halves' outputs joined, differ from the one-core output.
# The load average is printed before and after: wall times mean little when it is high. On a virtual
# machine whose cores are shared with other tenants, runs differ by 10-30 % from one minute to the
# next, and a busy host slows a run on two cores more than a run on one (it must find two cores for
# it): the median then falls for two processes as much, while the fastest runs show both settings unhindered.
# Large inputs measure the extractor: about 14 ms of every run is the process's start (dynamic
# linking and argument parsing), serial whatever the number of cores.
# Peak memory on very large inputs (an HTML page, a text file, one long JSON line, text packed
# with claims) is measured by Tests/Benchmarks/extract/memory.sh.
set -eu
MB=${1:-100}
RUNS=${2:-9}
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$MB.jsonl"
TIMING=Tests/Benchmarks/extract/timing.py
[ -f "$CORPUS" ] || python3 Tests/Benchmarks/extract/generate.py "$MB" > "$CORPUS"
lines=$(wc -l < "$CORPUS")
head -n $((lines / 2)) "$CORPUS" > "$WORK/half-1.jsonl"
tail -n +$((lines / 2 + 1)) "$CORPUS" > "$WORK/half-2.jsonl"
swift build -c release --product tally >/dev/null
BIN=.build/release/tally
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
$BIN extract "$CORPUS" > /dev/null
for setting in one all halves; do : > "$WORK/time-$setting.txt"; done
run=1
while [ "$run" -le "$RUNS" ]; do
    python3 $TIMING "$WORK/claims.jsonl" -- taskset -c 0 $BIN extract --jobs 1 "$CORPUS" >> "$WORK/time-one.txt"
    python3 $TIMING "$WORK/claims-all.jsonl" -- $BIN extract "$CORPUS" >> "$WORK/time-all.txt"
    python3 $TIMING /dev/null -- sh -c "taskset -c 0 $BIN extract --jobs 1 '$WORK/half-1.jsonl' > '$WORK/claims-half-1.jsonl' &
        taskset -c 1 $BIN extract --jobs 1 '$WORK/half-2.jsonl' > '$WORK/claims-half-2.jsonl'; wait" >> "$WORK/time-halves.txt"
    cmp -s "$WORK/claims.jsonl" "$WORK/claims-all.jsonl" || { echo "output differs between --jobs 1 and all cores" >&2; exit 1; }
    cat "$WORK/claims-half-1.jsonl" "$WORK/claims-half-2.jsonl" | cmp -s "$WORK/claims.jsonl" - || { echo "the halves' outputs joined differ from the whole's" >&2; exit 1; }
    run=$((run + 1))
done
python3 - "$CORPUS" "$WORK/claims.jsonl" "$RUNS" "$(nproc)" "$WORK/time-one.txt" "$WORK/time-all.txt" "$WORK/time-halves.txt" <<'PY'
import os, statistics, sys
mb = os.path.getsize(sys.argv[1]) / 1e6
claims = sum(1 for _ in open(sys.argv[2], "rb"))
runs, cores = sys.argv[3], sys.argv[4]
def rows(path):
    rows = [[float(x) for x in line.split()] for line in open(path) if line.strip()]
    assert all(r[3] == 0 for r in rows), f"a run failed: {rows}"
    return rows
one, every, halves = rows(sys.argv[5]), rows(sys.argv[6]), rows(sys.argv[7])
def fastest(rows): return min(rows, key=lambda r: r[0])
for name, (wall, cpu, rss, _) in (("one core (--jobs 1)", fastest(one)), (f"all {cores} cores", fastest(every))):
    print(f"{name}: input {mb:.1f} MB, {claims} claims, {wall:.3f} s wall (fastest of {runs}), {mb / wall:.1f} MB/s, "
          f"{cpu:.3f} s CPU, {mb / cpu:.1f} MB/s per CPU second, peak RSS {rss / 1024:.1f} MB")
print(f"two processes on halves, one per core: {fastest(halves)[0]:.3f} s wall (fastest of {runs})")
def speedup(rows): return fastest(one)[0] / fastest(rows)[0], statistics.median(o[0] / r[0] for o, r in zip(one, rows))
(all_fastest, all_median), (ceiling_fastest, ceiling_median) = speedup(every), speedup(halves)
print(f"speed-up: {all_fastest:.2f}x (fastest runs; median of {runs} rounds {all_median:.2f}x); "
      f"two processes on halves {ceiling_fastest:.2f}x (median {ceiling_median:.2f}x): all cores reach {all_fastest / ceiling_fastest:.0%} of theirs "
      f"({all_median / ceiling_median:.0%} by medians)")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
