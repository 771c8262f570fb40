-- 0001: the roster of enforcement bodies and officers, settings and the audit trail.
-- Stored values are codes (see core/domain/vocabulary.h); dates are ISO 8601 text.

CREATE TABLE agency (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    short_name  TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('administrative', 'township', 'authorised', 'entrusted')),
    parent_name TEXT NOT NULL DEFAULT '',
    parent_id   INTEGER REFERENCES agency(id) ON DELETE SET NULL,
    level       TEXT CHECK (level IN ('city', 'county', 'township'))
);
CREATE INDEX agency_parent ON agency(parent_id);

CREATE TABLE section (
    id        INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    UNIQUE (agency_id, name)
);

CREATE TABLE officer (
    id                  INTEGER PRIMARY KEY,
    id_number           TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    gender              TEXT CHECK (gender IN ('male', 'female')),
    agency_id           INTEGER NOT NULL REFERENCES agency(id),
    employment          TEXT NOT NULL,
    position            TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL DEFAULT '',
    legal_qualification INTEGER NOT NULL DEFAULT 0,
    legal_reviewer      INTEGER NOT NULL DEFAULT 0,
    status              TEXT NOT NULL DEFAULT 'active',
    phone               TEXT NOT NULL DEFAULT ''
);
-- The roster page filters by agency and status and sorts by name.
CREATE INDEX officer_agency_status ON officer(agency_id, status, name);
CREATE INDEX officer_status ON officer(status, agency_id);
CREATE INDEX officer_name ON officer(name);

CREATE TABLE certificate (
    id         INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer(id) ON DELETE CASCADE,
    number     TEXT NOT NULL UNIQUE,
    issuer     TEXT NOT NULL DEFAULT '',
    category   TEXT NOT NULL DEFAULT '',
    issued_on  TEXT,
    expires_on TEXT,
    status     TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'suspended', 'withdrawn', 'cancelled'))
);
CREATE INDEX certificate_officer ON certificate(officer_id, status, expires_on, issued_on);

CREATE TABLE training (
    id         INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    title      TEXT NOT NULL,
    kind       TEXT,
    hours      REAL,
    minutes    INTEGER,
    organizer  TEXT NOT NULL DEFAULT '',
    mode       TEXT CHECK (mode IN ('online', 'offline')),
    UNIQUE (officer_id, date, title)
);
-- Yearly sums per officer (TRAINING_SHORT, NO_LAW_UPDATE, the annual report).
CREATE INDEX training_date ON training(date, officer_id, kind, hours, minutes);
CREATE INDEX training_officer ON training(officer_id, date, kind, hours, minutes);

CREATE TABLE assessment (
    id         INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer(id) ON DELETE CASCADE,
    year       INTEGER NOT NULL,
    result     TEXT NOT NULL CHECK (result IN ('excellent', 'competent', 'basic', 'incompetent')),
    UNIQUE (officer_id, year)
);
CREATE INDEX assessment_year_result ON assessment(year, result, officer_id);

-- Office settings shared by the GUI and the CLI (thresholds of the warning rules...).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The audit trail: one row per change, written in the same transaction as the change.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,             -- UTC, ISO 8601 with milliseconds
    actor      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,             -- the record's natural key
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before     TEXT,                      -- JSON, NULL for insert
    after      TEXT                       -- JSON, NULL for delete
);
CREATE INDEX audit_record ON audit_log(table_name, record_key, id);
CREATE INDEX audit_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit records cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit records cannot be deleted');
END;
