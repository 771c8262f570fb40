#!/bin/sh
# The floor for bench_cases: the same SQL as CaseRepository::list()/count() runs, in the
# sqlite3 command-line shell on the same file, with `.timer on` (Debian package sqlite3).
#   tests/bench/sqlite-floor.sh [DB]      (default $JIANDU_BENCH_DB or /tmp/jiandu-bench-100.sqlite)
# Each statement runs three times; the shell prints "Run Time: real …" after each. The
# last line is the import floor (see below), when bench_cases has made its files.
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

# The import floor (timed with /usr/bin/time): the same 100,000 cases (row, officers, penalties, coercion, review,
# audit record; the CSV template has no stages) copied with INSERT … SELECT from the
# source database bench_cases exported them from, into a copy of its roster-only database,
# with the search index rebuilt once at the end, as the importer does.
imp=${JIANDU_BENCH_IMPORT:-/tmp/jiandu-bench-cases-import}
if [ -f "$imp/source.sqlite" ] && [ -f "$imp/roster.sqlite" ]; then
    cp "$imp/roster.sqlite" "$imp/floor.sqlite"
    last=$(sqlite3 "$imp/source.sqlite" "SELECT id FROM enforcement_case ORDER BY id LIMIT 1 OFFSET 99999")
    echo "-- import floor: 100,000 cases by INSERT … SELECT (one transaction, FTS rebuilt)"
    /usr/bin/time -f "Run Time: real %e user %U sys %S (the whole script)" sqlite3 "$imp/floor.sqlite" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
ATTACH '$imp/source.sqlite' AS src;
BEGIN; DROP TRIGGER case_fts_insert;
INSERT INTO main.enforcement_case SELECT * FROM src.enforcement_case WHERE id <= $last;
INSERT INTO main.case_officer SELECT * FROM src.case_officer WHERE case_id <= $last;
INSERT INTO main.case_penalty SELECT * FROM src.case_penalty WHERE case_id <= $last;
INSERT INTO main.case_coercion SELECT * FROM src.case_coercion WHERE case_id <= $last;
INSERT INTO main.legal_review SELECT * FROM src.legal_review WHERE case_id <= $last AND round = 1;
INSERT INTO main.audit_log (at, actor, table_name, record_key, action, before, after)
    SELECT a.at, a.actor, a.table_name, a.record_key, a.action, a.before, a.after FROM src.audit_log a
    JOIN src.enforcement_case c ON c.case_no = a.record_key WHERE a.table_name = 'enforcement_case' AND c.id <= $last;
INSERT INTO case_fts (case_fts) VALUES ('rebuild');
CREATE TRIGGER case_fts_insert AFTER INSERT ON enforcement_case BEGIN
    INSERT INTO case_fts (rowid, case_no, title, party) VALUES (new.id, new.case_no, new.title, new.party); END;
COMMIT;
SQL
    rm -f "$imp/floor.sqlite" "$imp/floor.sqlite-wal" "$imp/floor.sqlite-shm"
fi
