#!/bin/sh
# Fuzzes each target in turn for SECONDS of CPU time (docs/fuzzing.md), one job at a time.
# usage: tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]
#   BUILD_DIR: a build folder configured with -DJIANDU_FUZZ=ON (clang), `--target fuzzers` built.
# New inputs go to $FUZZ_WORK/<target> (default /tmp/jiandu-fuzz), seeded from corpus/<target>;
# crashes to $FUZZ_WORK/artifacts/<target>/. Minimise into the corpus afterwards with
#   fuzz_<target> -merge=1 corpus/<target> $FUZZ_WORK/<target>
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$1
seconds=$2
shift 2
targets=${*:-"csv xlsx date deadline idcard template"}
work=${FUZZ_WORK:-/tmp/jiandu-fuzz}
for t in $targets; do
    mkdir -p "$work/$t" "$work/artifacts/$t"
    cp -n "$here/corpus/$t/"* "$work/$t/" 2>/dev/null || true
    dict=""
    [ -f "$here/dict/$t.dict" ] && dict="-dict=$here/dict/$t.dict"
    echo "== fuzz_$t for ${seconds}s"
    "$build/tests/fuzz/fuzz_$t" $dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts/$t/" \
        "$work/$t" "$here/crashes/$t" 2>&1 | tee "$work/$t.log" | grep -E "^#[0-9]+ +(INITED|DONE)|ERROR|check failed|SUMMARY|stat::" || true
done
