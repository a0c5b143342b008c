#!/bin/sh
# Peak memory of `tally extract` on very large inputs: it must stay under 200 MB whatever the input size.
#
#   Tests/Benchmarks/extract/memory.sh [MEGABYTES]      (default 100; run from the package root)
#
# Generates (Tests/Benchmarks/extract/generate.py, deterministic) a news corpus of MEGABYTES as JSON
# Lines, as one text file, as one HTML page and as one single JSON line, plus text packed with
# casualty sentences (MEGABYTES / 5: its claims' output is about 35 times its size), builds the
# release binary and runs `tally extract` (every core) on each with /usr/bin/time, reporting wall
# time and peak resident memory. A JSON line longer than the documented limit (16 MiB) is refused
# with exit 2 and a message naming its file and line; the single-line corpus is cut to 15 MB so it
# is read, and one of 20 MB checks the refusal.
# Exits 1 when a run exceeds 200 MB, fails, or the long line is not refused as documented.
set -eu
MB=${1:-100}
LIMIT_MB=200
WORK=${TMPDIR:-/tmp}/tally-bench
mkdir -p "$WORK"
GEN=Tests/Benchmarks/extract/generate.py
[ -f "$WORK/memory-$MB.jsonl" ] || python3 $GEN "$MB" > "$WORK/memory-$MB.jsonl"
[ -f "$WORK/memory-$MB.txt" ] || python3 $GEN "$MB" --format text > "$WORK/memory-$MB.txt"
[ -f "$WORK/memory-$MB.html" ] || python3 $GEN "$MB" --format html > "$WORK/memory-$MB.html"
[ -f "$WORK/memory-line-15.jsonl" ] || python3 $GEN 15 --format line > "$WORK/memory-line-15.jsonl"
[ -f "$WORK/memory-line-20.jsonl" ] || python3 $GEN 20 --format line > "$WORK/memory-line-20.jsonl"
PACKED_MB=$(python3 -c "print(max(1, int($MB) // 5))")
[ -f "$WORK/memory-claims-$PACKED_MB.txt" ] || python3 $GEN "$PACKED_MB" --format claims > "$WORK/memory-claims-$PACKED_MB.txt"
swift build -c release --product tally >/dev/null
BIN=.build/release/tally
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
failed=0
measure() {
    name=$1; file=$2
    status=0
    /usr/bin/time -f "%e %M" -o "$WORK/memory-time.txt" $BIN extract "$file" > "$WORK/memory-claims.jsonl" 2> "$WORK/memory-stderr.txt" || status=$?
    read -r wall rss <<EOF
$(tail -1 "$WORK/memory-time.txt")
EOF
    size=$(python3 -c "import os, sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$file")
    claims=$(wc -l < "$WORK/memory-claims.jsonl")
    echo "$name: $size MB in, $claims claims, exit $status, $wall s wall, peak RSS $((rss / 1024)) MB (limit $LIMIT_MB MB)"
    if [ $((rss / 1024)) -gt $LIMIT_MB ]; then echo "  FAIL: over $LIMIT_MB MB"; failed=1; fi
    LAST_STATUS=$status
}
for case in "JSON Lines corpus:memory-$MB.jsonl" "one text file:memory-$MB.txt" "one HTML page:memory-$MB.html" \
            "one JSON line of 15 MB:memory-line-15.jsonl" "text packed with claims:memory-claims-$PACKED_MB.txt"; do
    measure "${case%%:*}" "$WORK/${case#*:}"
    if [ "$LAST_STATUS" -ne 0 ]; then echo "  FAIL: exit $LAST_STATUS: $(head -c 300 "$WORK/memory-stderr.txt")"; failed=1; fi
done
measure "one JSON line of 20 MB (over the limit)" "$WORK/memory-line-20.jsonl"
if [ "$LAST_STATUS" -eq 2 ] && grep -q "memory-line-20.jsonl:1: line longer than 16 MiB" "$WORK/memory-stderr.txt"; then
    echo "  refused as documented: $(cat "$WORK/memory-stderr.txt")"
else
    echo "  FAIL: expected exit 2 naming the file and line, got exit $LAST_STATUS: $(head -c 300 "$WORK/memory-stderr.txt")"; failed=1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ $failed -eq 0 ] && echo pass || echo FAIL
exit $failed
