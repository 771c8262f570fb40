-- 0004: case-file review (案卷评查): versioned score sheets, review activities with their
-- reproducible sampling, the expert pool, file reviews with per-item results and problems,
-- and a minimal `finding` (发现问题) so that a finding can be raised from a problem (the
-- rectification work extends it with ALTER TABLE ADD COLUMN).
-- Codes as in core/domain/reviewtypes.h; dates ISO 8601 text; points REAL (half points).

-- A score sheet version (评分标准). A version used by a file review is never edited:
-- ReviewRepository saves an edit of a used version as a new row.
CREATE TABLE review_sheet (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    version      TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (name, version)
);
CREATE INDEX review_sheet_effective ON review_sheet(effective_on, id);

-- Items in order: veto items (否决项) have no points; 卷面 (form) and 内容 (content) items
-- have their maximum points.
CREATE TABLE review_sheet_item (
    sheet_id   INTEGER NOT NULL REFERENCES review_sheet(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    section    TEXT NOT NULL CHECK (section IN ('veto', 'form', 'content')),
    title      TEXT NOT NULL,
    max_points REAL CHECK ((section = 'veto' AND max_points IS NULL)
                           OR (section <> 'veto' AND max_points > 0)),
    guidance   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sheet_id, position)
);

-- 评查活动. The sampling (agencies, year, count, seed) is kept so the draw can be repeated.
CREATE TABLE review_activity (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    year         INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('routine', 'special', 'cross', 'third_party')),
    organiser    TEXT NOT NULL DEFAULT '',
    starts_on    TEXT,
    ends_on      TEXT,
    sheet_id     INTEGER NOT NULL REFERENCES review_sheet(id),
    sample_year  INTEGER,
    sample_count INTEGER NOT NULL DEFAULT 0 CHECK (sample_count >= 0),
    seed         TEXT NOT NULL                -- unsigned 64-bit, decimal
);
CREATE INDEX review_activity_year ON review_activity(year, id);

CREATE TABLE review_activity_agency (
    activity_id INTEGER NOT NULL REFERENCES review_activity(id) ON DELETE CASCADE,
    agency_id   INTEGER NOT NULL REFERENCES agency(id),
    PRIMARY KEY (activity_id, agency_id)
);

-- 评查专家库: officers of the roster (name and phone from the roster) or outside experts.
CREATE TABLE review_expert (
    id           INTEGER PRIMARY KEY,
    officer_id   INTEGER UNIQUE REFERENCES officer(id),
    name         TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    speciality   TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1,
    CHECK (officer_id IS NOT NULL OR name <> '')
);

CREATE TABLE review_activity_reviewer (
    activity_id INTEGER NOT NULL REFERENCES review_activity(id) ON DELETE CASCADE,
    expert_id   INTEGER NOT NULL REFERENCES review_expert(id),
    PRIMARY KEY (activity_id, expert_id)
);

-- One case file reviewed in an activity, scored with the sheet version it keeps.
CREATE TABLE file_review (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES review_activity(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES enforcement_case(id),
    sheet_id    INTEGER NOT NULL REFERENCES review_sheet(id),
    reviewed_on TEXT,
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    total       REAL,
    grade       TEXT CHECK (grade IN ('excellent', 'pass', 'fail')),
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (activity_id, case_id)
);
CREATE INDEX file_review_case ON file_review(case_id, id);
CREATE INDEX file_review_sheet ON file_review(sheet_id);

CREATE TABLE file_review_reviewer (
    review_id INTEGER NOT NULL REFERENCES file_review(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    expert_id INTEGER NOT NULL REFERENCES review_expert(id),
    PRIMARY KEY (review_id, position),
    UNIQUE (review_id, expert_id)
);

-- The result of one sheet item (by its position in the review's sheet version).
CREATE TABLE file_review_item (
    review_id   INTEGER NOT NULL REFERENCES file_review(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    veto_failed INTEGER NOT NULL DEFAULT 0,
    deduction   REAL NOT NULL DEFAULT 0 CHECK (deduction >= 0),
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, position)
);

CREATE TABLE review_problem (
    id            INTEGER PRIMARY KEY,
    review_id     INTEGER NOT NULL REFERENCES file_review(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    item_position INTEGER,                   -- the sheet item concerned, if any
    description   TEXT NOT NULL,
    UNIQUE (review_id, position)
);

-- A problem found by supervision (监督发现问题); the rectification issue extends it.
CREATE TABLE finding (
    id                INTEGER PRIMARY KEY,
    agency_id         INTEGER NOT NULL REFERENCES agency(id),
    found_on          TEXT NOT NULL,
    problem           TEXT NOT NULL,
    category          TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    case_id           INTEGER REFERENCES enforcement_case(id) ON DELETE SET NULL,
    review_problem_id INTEGER UNIQUE REFERENCES review_problem(id) ON DELETE SET NULL
);
CREATE INDEX finding_agency ON finding(agency_id, found_on);

-- The default sheet, after common provincial standards: nine veto items, then 卷面 20 points
-- and 内容 80 points.
INSERT INTO review_sheet (id, name, version, effective_on, note)
    VALUES (1, '行政执法案卷评查标准', '2025', '2020-01-01', '默认评分标准');
INSERT INTO review_sheet_item (sheet_id, position, section, title, max_points, guidance) VALUES
    (1, 1, 'veto', '主体合法', NULL, '执法主体不具备法定职权的，案卷为不合格'),
    (1, 2, 'veto', '执法资格', NULL, '执法人员未取得行政执法证件的，案卷为不合格'),
    (1, 3, 'veto', '应移送未移送', NULL, '涉嫌犯罪应移送司法机关而未移送的，案卷为不合格'),
    (1, 4, 'veto', '证据充分', NULL, '主要证据不足的，案卷为不合格'),
    (1, 5, 'veto', '事实清楚', NULL, '认定事实不清的，案卷为不合格'),
    (1, 6, 'veto', '定性正确', NULL, '定性错误的，案卷为不合格'),
    (1, 7, 'veto', '适用法律正确', NULL, '适用依据错误的，案卷为不合格'),
    (1, 8, 'veto', '程序合法', NULL, '违反法定程序的，案卷为不合格'),
    (1, 9, 'veto', '执法人员不少于2人', NULL, '执法人员少于两人的，案卷为不合格'),
    (1, 10, 'form', '立卷归档规范', 5, '一案一卷，及时立卷归档，卷皮填写完整'),
    (1, 11, 'form', '文书制作规范', 8, '文书格式统一，内容完整，用语规范，无涂改'),
    (1, 12, 'form', '卷内目录与页码', 4, '卷内目录完整，页码连续准确'),
    (1, 13, 'form', '装订整齐', 3, '材料排列有序，装订整齐牢固'),
    (1, 14, 'content', '事实与证据', 20, '证据合法、真实、关联，形成完整证据链'),
    (1, 15, 'content', '程序', 20, '立案、调查、告知、听证、决定、送达等程序完整合法'),
    (1, 16, 'content', '适用法律', 15, '引用法律条款准确、完整'),
    (1, 17, 'content', '自由裁量', 10, '符合裁量基准，过罚相当，说明理由'),
    (1, 18, 'content', '文书送达与执行', 8, '送达方式合法，执行到位'),
    (1, 19, 'content', '法制审核与集体讨论', 7, '重大执法决定经法制审核，依法集体讨论');
