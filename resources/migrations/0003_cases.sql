-- 0003: enforcement cases (行政执法案件) and their full-process record.
-- Codes as in core/domain/vocabulary.h; dates ISO 8601 text; money INTEGER fen.

CREATE TABLE enforcement_case (
    id                    INTEGER PRIMARY KEY,
    case_no               TEXT NOT NULL UNIQUE,
    agency_id             INTEGER NOT NULL REFERENCES agency(id),
    kind                  TEXT NOT NULL CHECK (kind IN ('penalty', 'licence', 'coercion', 'inspection',
                              'expropriation', 'confirmation', 'benefit', 'adjudication', 'other')),
    title                 TEXT NOT NULL,
    party                 TEXT NOT NULL DEFAULT '',
    party_kind            TEXT CHECK (party_kind IN ('person', 'legal_person', 'organisation')),
    opened_on             TEXT NOT NULL,
    decided_on            TEXT,
    closed_on             TEXT,
    discretion            TEXT CHECK (discretion IN ('lenient', 'ordinary', 'severe', 'mitigated', 'exempt')),
    licence_result        TEXT CHECK (licence_result IN ('granted', 'refused', 'not_accepted', 'revoked')),
    -- Denormalised by CaseRepository so the yearly report reads one covering index:
    -- the heaviest category of case_penalty, and the first date a review concluded 同意.
    heaviest_penalty      TEXT,
    review_approved_on    TEXT,
    fine_fen              INTEGER CHECK (fine_fen >= 0),
    confiscation_fen      INTEGER CHECK (confiscation_fen >= 0),
    major                 INTEGER NOT NULL DEFAULT 0,
    published_on          TEXT,
    taken_down_on         TEXT,
    reconsideration       TEXT CHECK (reconsideration IN ('upheld', 'dismissed', 'revoked', 'changed',
                              'illegal', 'ordered', 'terminated')),
    litigation            TEXT CHECK (litigation IN ('upheld', 'dismissed', 'revoked', 'changed',
                              'illegal', 'ordered', 'withdrawn')),
    transferred           INTEGER NOT NULL DEFAULT 0,
    transferred_on        TEXT,
    statutory_days        INTEGER,            -- NULL: the setting for the kind applies
    extension_days        INTEGER NOT NULL DEFAULT 0,
    extension_approved_on TEXT,
    extension_approved_by TEXT NOT NULL DEFAULT '',
    hearing_requested     INTEGER NOT NULL DEFAULT 0,
    hearing_held_on       TEXT,
    hearing_note          TEXT NOT NULL DEFAULT '',
    -- The year a case counts in (spec/annual-report.md): its decision's, else its filing's.
    -- A plain column, checked, because SQLite reads a generated column from the table row
    -- and so never treats an index holding it as covering.
    report_year           INTEGER NOT NULL
                              CHECK (report_year = CAST(substr(coalesce(decided_on, opened_on), 1, 4) AS INTEGER))
);
-- The case list: filtered by body and kind, newest filing first, keyset on (opened_on, id).
CREATE INDEX case_agency_kind_opened ON enforcement_case(agency_id, kind, opened_on DESC, id DESC);
CREATE INDEX case_kind_opened ON enforcement_case(kind, opened_on DESC, id DESC);
CREATE INDEX case_opened ON enforcement_case(opened_on DESC, id DESC);
-- The yearly report in one pass over a covering index (TOOLCHAIN.md "SQLite at scale").
CREATE INDEX case_report ON enforcement_case(report_year, agency_id, kind, heaviest_penalty,
    discretion, licence_result, major, review_approved_on, decided_on, published_on, fine_fen,
    confiscation_fen, reconsideration, litigation, transferred);
-- Open cases past their handling period (CASE_OVERDUE).
CREATE INDEX case_open ON enforcement_case(opened_on, kind) WHERE closed_on IS NULL;

CREATE TABLE case_officer (
    case_id     INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    officer_id  INTEGER NOT NULL REFERENCES officer(id),
    cert_number TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, officer_id)
);
CREATE INDEX case_officer_officer ON case_officer(officer_id, case_id);

CREATE TABLE case_penalty (
    case_id  INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('warning', 'criticism', 'fine', 'confiscate_income',
                 'confiscate_property', 'suspend_licence', 'downgrade', 'restrict_business',
                 'suspend_business', 'close', 'restrict_practice', 'revoke_licence', 'detention', 'other')),
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, category)
);

CREATE TABLE case_coercion (
    case_id  INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('seal', 'seize', 'freeze', 'other_measure', 'late_payment',
                 'transfer', 'auction', 'restore', 'substitute', 'other_execution', 'court')),
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, kind)
);
CREATE INDEX case_coercion_kind ON case_coercion(kind, case_id);

CREATE TABLE case_stage (
    case_id     INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (stage IN ('filing', 'investigation', 'notice', 'hearing',
                    'legal_review', 'discussion', 'decision', 'service', 'execution', 'closing')),
    date        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    audio_video INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, stage)
);

CREATE TABLE legal_review (
    case_id      INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
    round        INTEGER NOT NULL CHECK (round >= 1),
    reviewer     TEXT NOT NULL DEFAULT '',
    submitted_on TEXT,
    concluded_on TEXT,
    conclusion   TEXT CHECK (conclusion IN ('approved', 'problems')),
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, round)
);

CREATE TABLE collective_discussion (
    case_id    INTEGER PRIMARY KEY REFERENCES enforcement_case(id) ON DELETE CASCADE,
    held_on    TEXT NOT NULL,
    conclusion TEXT NOT NULL DEFAULT ''
);

CREATE TABLE discussion_opinion (
    case_id     INTEGER NOT NULL REFERENCES collective_discussion(case_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    participant TEXT NOT NULL,
    opinion     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
);

-- Search over case number, title and party (SQLite only). The trigram tokenizer matches
-- Chinese substrings of three or more characters; shorter terms need a LIKE fallback on
-- enforcement_case (TOOLCHAIN.md). External content: the text lives once, in the case row.
CREATE VIRTUAL TABLE case_fts USING fts5(case_no, title, party, content = 'enforcement_case',
    content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER case_fts_insert AFTER INSERT ON enforcement_case
BEGIN
    INSERT INTO case_fts (rowid, case_no, title, party) VALUES (new.id, new.case_no, new.title, new.party);
END;

CREATE TRIGGER case_fts_delete AFTER DELETE ON enforcement_case
BEGIN
    INSERT INTO case_fts (case_fts, rowid, case_no, title, party)
        VALUES ('delete', old.id, old.case_no, old.title, old.party);
END;

CREATE TRIGGER case_fts_update AFTER UPDATE OF case_no, title, party ON enforcement_case
BEGIN
    INSERT INTO case_fts (case_fts, rowid, case_no, title, party)
        VALUES ('delete', old.id, old.case_no, old.title, old.party);
    INSERT INTO case_fts (rowid, case_no, title, party) VALUES (new.id, new.case_no, new.title, new.party);
END;
