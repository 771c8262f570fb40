#!/bin/sh
# Builds and runs the benchmarks of tests/bench (not part of ctest).
#   tests/bench/run-benchmarks.sh [BUILD_DIR] [BENCH...]
# BUILD_DIR defaults to ./build-bench (a Release build, configured here if missing).
# BENCH defaults to every bench_* target that builds; bench_check and bench_import link only
# once core/rules and core/io are implemented.
# The scale-100 demo database is generated once into $JIANDU_BENCH_DB
# (default /tmp/jiandu-bench-100.sqlite) and reused; delete it after changing the demo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-"$src/build-bench"}
[ $# -gt 0 ] && shift
benches=${*:-"bench_roster bench_check bench_import bench_cases bench_ledger bench_report bench_dashboard"}

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJIANDU_BUILD_GUI=OFF
fi
status=0
for b in $benches; do
    echo "=== $b"
    if ! cmake --build "$build" --target "$b" >"$build/$b.build.log" 2>&1; then
        echo "$b does not build yet (see $build/$b.build.log)"
        status=1
        continue
    fi
    "$build/tests/bench/$b" || status=1
done
exit $status
