#!/bin/sh
# Benchmark of `tally extract`: throughput (MB/s) on one core and on every core (--jobs), and peak
# memory, on a generated corpus.
#
#   Tests/Benchmarks/extract/run.sh [MEGABYTES]      (default 24; run from the package root)
#
# Generates the corpus deterministically (Tests/Benchmarks/extract/generate.py), builds the release binary,
# runs it once to warm the page cache, then times one run with /usr/bin/time -v and reports
# MB/s (input bytes / wall-clock seconds), MB/s per CPU second (user + system: steadier than wall
# time when other work shares the core) and peak resident memory.
set -eu
MB=${1:-24}
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
CORPUS="$WORK/corpus-$MB.jsonl"
[ -f "$CORPUS" ] || python3 Tests/Benchmarks/extract/generate.py "$MB" > "$CORPUS"
swift build -c release --product tally >/dev/null
BIN=.build/release/tally
$BIN extract "$CORPUS" > /dev/null
report() {
python3 - "$1" "$BYTES" "$CLAIMS" "$2" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1)) for kind in ("User", "System"))
mb = int(sys.argv[2]) / 1e6
print(f"{sys.argv[4]}: input {mb:.1f} MB, {sys.argv[3]} claims, {seconds:.2f} s wall, {mb / seconds:.1f} MB/s, "
      f"{cpu:.2f} s CPU, {mb / max(cpu, 0.01):.1f} MB/s per CPU second, peak RSS {rss / 1024:.1f} MB")
PY
}
BYTES=$(wc -c < "$CORPUS")
/usr/bin/time -v taskset -c 0 $BIN extract --jobs 1 "$CORPUS" > "$WORK/claims.jsonl" 2> "$WORK/time.txt"
CLAIMS=$(wc -l < "$WORK/claims.jsonl")
report "$WORK/time.txt" "one core (--jobs 1)"
/usr/bin/time -v $BIN extract "$CORPUS" > "$WORK/claims-all.jsonl" 2> "$WORK/time-all.txt"
cmp -s "$WORK/claims.jsonl" "$WORK/claims-all.jsonl" || { echo "output differs between --jobs 1 and all cores" >&2; exit 1; }
report "$WORK/time-all.txt" "all $(nproc) cores"
