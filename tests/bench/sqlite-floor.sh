#!/bin/sh
# The floor for bench_cases: the same SQL as CaseRepository::list()/count() runs, in the
# sqlite3 command-line shell on the same file, with `.timer on` (Debian package sqlite3).
#   tests/bench/sqlite-floor.sh [DB]      (default $JIANDU_BENCH_DB or /tmp/jiandu-bench-100.sqlite)
# Each statement runs three times; the shell prints "Run Time: real …" after each.
set -eu
db=${1:-${JIANDU_BENCH_DB:-/tmp/jiandu-bench-100.sqlite}}
[ -f "$db" ] || { echo "no database at $db (run bench_cases first)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }

agency=$(sqlite3 "$db" "SELECT id FROM agency WHERE name = '清河县市场监督管理局'")
cols="c.id, c.case_no, c.agency_id, a.name, c.kind, c.title, c.party, c.opened_on, c.decided_on, c.closed_on, c.major"
from="FROM enforcement_case c LEFT JOIN agency a ON a.id = c.agency_id"
order="ORDER BY c.opened_on DESC, c.id DESC LIMIT 200 OFFSET 0"
filter="c.agency_id IN ($agency) AND c.kind = 'penalty' AND c.report_year = 2023"
fts3="c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH '\"超限运\"')"

run() { # label, sql
    echo "-- $1"
    printf '.timer on\n.output /dev/null\n%s;\n%s;\n%s;\n' "$2" "$2" "$2" | sqlite3 "$db" 2>&1 | grep 'Run Time'
}
run "list, no filter" "SELECT $cols $from $order"
run "list, agency + kind + year" "SELECT $cols $from WHERE $filter $order"
run "list, search 超限运 (FTS5 trigram)" "SELECT $cols $from WHERE $fts3 $order"
run "list, keyset page at 2019-06-01" "SELECT $cols $from WHERE (c.opened_on, c.id) < ('2019-06-01', 1) $order"
run "count, agency + kind + year" "SELECT count(*) FROM enforcement_case c WHERE $filter"
run "count, kind + year" "SELECT count(*) FROM enforcement_case c WHERE c.kind = 'penalty' AND c.report_year = 2023"
run "count, no filter" "SELECT count(*) FROM enforcement_case c"
run "count, search 超限运" "SELECT count(*) FROM case_fts WHERE case_fts MATCH '\"超限运\"'"
echo "-- database: $(du -h "$db" | cut -f1)"
