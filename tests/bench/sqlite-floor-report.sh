#!/bin/sh
# The floor for bench_report: the annual report's own SQL statements (written by bench_report
# to /tmp/jiandu-bench-report/statements.sql: officers, cases, coercion, file reviews,
# rectification, for Y and Y−1) in the sqlite3 shell with `.timer on`, on the same file,
# with the working-day tables they read loaded as TEMP tables as the application does.
#   tests/bench/sqlite-floor-report.sh [DB]   (default $JIANDU_BENCH_DB or
#                                              /tmp/jiandu-bench-100.sqlite, else -10)
# Runs the whole set three times; prints each statement's "Run Time" and the total.
set -eu
db=${1:-${JIANDU_BENCH_DB:-/tmp/jiandu-bench-100.sqlite}}
[ -f "$db" ] || db=/tmp/jiandu-bench-10.sqlite
dir=/tmp/jiandu-bench-report
[ -f "$db" ] || { echo "no database at $db (run bench_report first)" >&2; exit 1; }
[ -f "$dir/statements.sql" ] || { echo "no $dir/statements.sql (run bench_report first)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }
echo "-- database: $db"
{
    echo "ATTACH '$dir/workdays.sqlite' AS wd;"
    echo "CREATE TEMP TABLE jiandu_workday (day TEXT PRIMARY KEY, ord INTEGER NOT NULL, last_ord INTEGER NOT NULL, missing_after INTEGER NOT NULL);"
    echo "INSERT INTO temp.jiandu_workday SELECT * FROM wd.jiandu_workday;"
    echo "CREATE TEMP TABLE jiandu_workord (ord INTEGER PRIMARY KEY, day TEXT NOT NULL);"
    echo "INSERT INTO temp.jiandu_workord SELECT * FROM wd.jiandu_workord;"
    echo ".output /dev/null"
    echo ".timer on"
    for i in 1 2 3; do cat "$dir/statements.sql"; done
} | sqlite3 "$db" 2>&1 | grep 'Run Time' | awk '
    { n++; real = $4; sum += real; run[int((n - 1) / 10)] += real;
      printf "%-14s %s\n", (n - 1) % 5 == 0 ? "officers" : (n - 1) % 5 == 1 ? "cases" : (n - 1) % 5 == 2 ? "coercion" : (n - 1) % 5 == 3 ? "reviews" : "rectification", $0 }
    END { for (r = 0; r < 3; r++) printf "-- run %d (Y and Y-1, ten statements): %.3f s real\n", r + 1, run[r] }'
