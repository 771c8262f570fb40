-- 0006: finalised annual reports (年度报告定稿, spec/annual-report.md). Finalising records the
-- report's JSON as published, with its SHA-256, so the figures can be reproduced and compared
-- with a recomputation. History is kept: a year and scope may be finalised again (sequence
-- 1, 2, ...); the row with the highest sequence counts. Rows are never changed or deleted.

CREATE TABLE annual_report_final (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    scope_agency_id INTEGER REFERENCES agency(id), -- NULL: the whole region
    scope_name      TEXT NOT NULL,                 -- region or body name, as printed
    sequence        INTEGER NOT NULL CHECK (sequence >= 1),
    as_of           TEXT NOT NULL,                 -- ISO date the figures were taken on
    finalised_at    TEXT NOT NULL,                 -- UTC, ISO 8601 with milliseconds
    actor           TEXT NOT NULL,
    json_sha256     TEXT NOT NULL CHECK (length(json_sha256) = 64),
    json            TEXT NOT NULL
);

-- NULL never equals NULL in a UNIQUE constraint, so the region (NULL) is folded to 0 here:
-- one row per year, scope and sequence.
CREATE UNIQUE INDEX annual_report_final_scope
    ON annual_report_final (year, COALESCE(scope_agency_id, 0), sequence);

CREATE TRIGGER annual_report_final_no_update BEFORE UPDATE ON annual_report_final
BEGIN
    SELECT RAISE(ABORT, 'annual_report_final rows cannot be changed');
END;

CREATE TRIGGER annual_report_final_no_delete BEFORE DELETE ON annual_report_final
BEGIN
    SELECT RAISE(ABORT, 'annual_report_final rows cannot be deleted');
END;
