#!/bin/sh
# Builds and runs one libFuzzer target of Tally (see Tests/Fuzz/README.md).
#
#   Tests/Fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags…]   (from anywhere)
#   Tests/Fuzz/run.sh all [SECONDS]                                 (each target in turn)
#
# TARGET is one of FuzzExtractor, FuzzNumberPhrase, FuzzHTMLText, FuzzClaimCSV, FuzzClaimJSONLines.
# SECONDS defaults to 600. One job on one worker: the machine is shared. New inputs go to
# $FUZZ_WORK/corpus/TARGET (default ${TMPDIR:-/tmp}/tally-fuzz), the committed seeds in
# Tests/Fuzz/Corpus/TARGET are only read; a crash is written to $FUZZ_WORK/artifacts/TARGET-crash-…
# and the script exits non-zero. The log with the execution count is $FUZZ_WORK/TARGET.log.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=${1:?name a target: FuzzExtractor FuzzNumberPhrase FuzzHTMLText FuzzClaimCSV FuzzClaimJSONLines or all}
SECONDS_TO_RUN=${2:-600}
[ $# -ge 2 ] && shift 2 || shift $#
if [ "$TARGET" = all ]; then
    FAILED=0
    for name in FuzzExtractor FuzzNumberPhrase FuzzHTMLText FuzzClaimCSV FuzzClaimJSONLines; do
        "$0" "$name" "$SECONDS_TO_RUN" "$@" || FAILED=1
    done
    exit $FAILED
fi
WORK=${FUZZ_WORK:-${TMPDIR:-/tmp}/tally-fuzz}
mkdir -p "$WORK/corpus/$TARGET" "$WORK/artifacts"
swift build -c release --package-path "$HERE" --product "$TARGET" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing >&2
BIN=$(swift build -c release --package-path "$HERE" --show-bin-path)/$TARGET
cd "$WORK"
# Swift's own crash backtracer would fight AddressSanitizer and libFuzzer for the crash.
export SWIFT_BACKTRACE=enable=no
set +e
"$BIN" -jobs=1 -workers=1 -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$WORK/artifacts/$TARGET-" "$@" \
    "$WORK/corpus/$TARGET" "$HERE/Corpus/$TARGET" > "$WORK/$TARGET.log" 2>&1
STATUS=$?
set -e
# With -jobs the fuzzing itself runs in a child whose output is fuzz-0.log.
[ -f fuzz-0.log ] && mv fuzz-0.log "$WORK/$TARGET.log"
grep -E "^Done [0-9]+ runs|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" "$WORK/$TARGET.log" | tail -5
echo "$TARGET: exit $STATUS, log $WORK/$TARGET.log"
exit $STATUS
