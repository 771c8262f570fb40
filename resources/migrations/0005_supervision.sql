-- 0005: supervision and rectification (监督与整改, DOMAIN.md §4): supervision activities with
-- their target bodies, findings tied to an activity, rectification tasks with their units,
-- progress reports, status events and extensions, and supervision documents (监督文书) with
-- gap-free issuing numbers. Codes as in core/domain/supervisiontypes.h; dates ISO 8601 text.

-- A supervision activity, or any other source of tasks (a plan, a notice): imported tasks
-- name their source by this name, and one not yet known is created.
CREATE TABLE supervision_activity (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL DEFAULT 'routine'
                     CHECK (kind IN ('routine', 'special', 'resident', 'case_review', 'complaint',
                                     'inspection', 'campaign')),
    supervising_unit TEXT NOT NULL DEFAULT '',
    started_on       TEXT,
    ended_on         TEXT,
    source_date      TEXT, -- the source document's date: the year of month-only deadlines
    note             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE supervision_target (
    activity_id INTEGER NOT NULL REFERENCES supervision_activity(id) ON DELETE CASCADE,
    agency_id   INTEGER NOT NULL REFERENCES agency(id),
    PRIMARY KEY (activity_id, agency_id)
) WITHOUT ROWID;
CREATE INDEX supervision_target_agency ON supervision_target(agency_id);

-- Findings of migration 0004 gain their activity and a severity.
ALTER TABLE finding ADD COLUMN activity_id INTEGER REFERENCES supervision_activity(id);
ALTER TABLE finding ADD COLUMN severity TEXT NOT NULL DEFAULT 'ordinary'
    CHECK (severity IN ('minor', 'ordinary', 'serious'));
CREATE INDEX finding_activity ON finding(activity_id, id);

-- A rectification task (整改任务). The deadline is kept as written (deadline_text) and as
-- understood: deadline_on (a date, parsed or set by hand when deadline_manual), open_ended
-- (长期坚持…), deadline_understood (0: the text could not be read and no date was guessed).
CREATE TABLE rectification_task (
    id                  INTEGER PRIMARY KEY,
    activity_id         INTEGER NOT NULL REFERENCES supervision_activity(id),
    seq                 TEXT NOT NULL,           -- as printed: 1, 2, (三)1
    position            INTEGER NOT NULL,        -- order in the source
    finding_id          INTEGER REFERENCES finding(id) ON DELETE SET NULL,
    problem             TEXT NOT NULL,
    measures            TEXT NOT NULL DEFAULT '',
    lead_unit           TEXT NOT NULL DEFAULT '',
    lead_agency_id      INTEGER REFERENCES agency(id),
    owner               TEXT NOT NULL DEFAULT '',
    deadline_text       TEXT NOT NULL,
    deadline_on         TEXT,
    deadline_manual     INTEGER NOT NULL DEFAULT 0 CHECK (deadline_manual IN (0, 1)),
    open_ended          INTEGER NOT NULL DEFAULT 0 CHECK (open_ended IN (0, 1)),
    deadline_understood INTEGER NOT NULL DEFAULT 1 CHECK (deadline_understood IN (0, 1)),
    status              TEXT NOT NULL DEFAULT 'not_started'
                        CHECK (status IN ('not_started', 'in_progress', 'completed', 'signed_off')),
    completed_on        TEXT,
    closed_on           TEXT,                    -- 销号日期
    progress            TEXT NOT NULL DEFAULT '', -- 进展情况 as imported or summarised
    remark              TEXT NOT NULL DEFAULT '', -- 备注
    UNIQUE (activity_id, seq)
);
CREATE INDEX task_activity ON rectification_task(activity_id, position, id);
CREATE INDEX task_finding ON rectification_task(finding_id);
-- Open tasks by deadline: TASK_OVERDUE, TASK_DUE_SOON and the dashboard read only these.
CREATE INDEX task_open_deadline ON rectification_task(deadline_on)
    WHERE status <> 'signed_off';
CREATE INDEX task_status ON rectification_task(status, activity_id);

-- Lead (role 'lead', at most one) and responsible units ('responsible') as written, linked to
-- an agency (and a section of it) when the name is known.
CREATE TABLE task_unit (
    task_id    INTEGER NOT NULL REFERENCES rectification_task(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('lead', 'responsible')),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    agency_id  INTEGER REFERENCES agency(id),
    section_id INTEGER REFERENCES section(id),
    PRIMARY KEY (task_id, role, position)
) WITHOUT ROWID;
CREATE INDEX task_unit_agency ON task_unit(agency_id, task_id);
CREATE INDEX task_unit_name ON task_unit(name, task_id);

-- Progress reports (seed 001 五(三)): what was done, completion %, what remains, expected date.
CREATE TABLE task_progress (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES rectification_task(id) ON DELETE CASCADE,
    reported_on TEXT NOT NULL,
    done        TEXT NOT NULL,
    percent     INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    remaining   TEXT NOT NULL DEFAULT '',
    expected_on TEXT
);
CREATE INDEX task_progress_task ON task_progress(task_id, reported_on, id);

-- The workflow of a task, one row per step: status changes (with the reason of a return),
-- extension requests and their decisions. The audit trail holds the field-level history.
CREATE TABLE task_event (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES rectification_task(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,   -- UTC date-time of the step
    on_date     TEXT NOT NULL,   -- the business date (as-of/today) of the step
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('status', 'extension_requested',
                                              'extension_approved', 'extension_refused')),
    from_status TEXT,
    to_status   TEXT,
    deadline_on TEXT,            -- the requested or approved new deadline
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_event_task ON task_event(task_id, id);

-- Supervision documents (监督文书). The issuing number is given when the document is issued
-- (签发), from document_number, in the issuing transaction: no gap, no duplicate.
CREATE TABLE supervision_document (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('notice', 'opinion', 'recommendation',
                                                      'decision', 'rectification_notice',
                                                      'urging_letter')),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'issued', 'served', 'replied')),
    year                INTEGER,
    seq                 INTEGER,
    number              TEXT UNIQUE,   -- e.g. 清司监通〔2025〕3号; NULL while a draft
    title               TEXT NOT NULL,
    recipient           TEXT NOT NULL DEFAULT '', -- 主送机关 as written
    recipient_agency_id INTEGER REFERENCES agency(id),
    body                TEXT NOT NULL DEFAULT '',
    issuer              TEXT NOT NULL DEFAULT '', -- 发文机关署名
    activity_id         INTEGER REFERENCES supervision_activity(id),
    finding_id          INTEGER REFERENCES finding(id) ON DELETE SET NULL,
    drafted_on          TEXT NOT NULL,
    issued_on           TEXT,
    served_on           TEXT,
    reply_due_on        TEXT,
    replied_on          TEXT,
    reply_note          TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, year, seq),
    CHECK ((status = 'draft') = (number IS NULL))
);
CREATE INDEX document_status ON supervision_document(status, reply_due_on);
CREATE INDEX document_activity ON supervision_document(activity_id);

-- The task list attached to a document, frozen in order when it is drafted.
CREATE TABLE document_task (
    document_id INTEGER NOT NULL REFERENCES supervision_document(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    task_id     INTEGER NOT NULL REFERENCES rectification_task(id),
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

-- The last issued sequence per document kind and year.
CREATE TABLE document_number (
    kind     TEXT NOT NULL,
    year     INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
) WITHOUT ROWID;
