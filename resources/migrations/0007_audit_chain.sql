-- 0007: the audit trail becomes tamper-evident, and records what happens to the file itself.
-- Each record carries the SHA-256 of the one before it (prev_hash) and its own (hash), over
-- the canonical form described in core/storage/auditchain.h. The chain of the records that
-- exist already is computed right after this script (AuditChain::fillExisting, run by the
-- migration runner in the same transaction). Independent of the content of 0006.
--
-- The action column gains the events that are not changes of a record (backups, restores,
-- logins, exports, prints, unmasking an identity-card number); SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt.

CREATE TABLE audit_log_v7 (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,             -- UTC, ISO 8601 with milliseconds
    actor      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,             -- the record's natural key
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'backup', 'restore',
                                               'login', 'login_failed', 'logout', 'export',
                                               'print', 'unmask')),
    before     TEXT,                      -- JSON, NULL for insert
    after      TEXT,                      -- JSON, NULL for delete
    prev_hash  TEXT NOT NULL,             -- hex SHA-256: the hash of the record before
    hash       TEXT NOT NULL              -- hex SHA-256 of this record's canonical form
);

INSERT INTO audit_log_v7 (id, at, actor, table_name, record_key, action, before, after,
                          prev_hash, hash)
    SELECT id, at, actor, table_name, record_key, action, before, after, '', ''
    FROM audit_log ORDER BY id;

DROP TABLE audit_log;
ALTER TABLE audit_log_v7 RENAME TO audit_log;

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
