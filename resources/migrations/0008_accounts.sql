-- 0008: user accounts and roles (等保 2.0 level-2 application controls).
-- A database stays in single-user mode (no login) until an administrator turns accounts on:
-- the setting 'accounts.enabled' = '1', written in the same transaction as the first
-- administrator account. Passwords are stored only as Argon2id hashes (libsodium
-- crypto_pwhash_str). Every change of an account is audited (table "user_account", key the
-- username), never with the hash itself.

CREATE TABLE user_account (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- the login name
    display_name    TEXT NOT NULL DEFAULT '',             -- 姓名
    role            TEXT NOT NULL CHECK (role IN ('admin', 'auditor', 'staff', 'viewer')),
    agency_id       INTEGER REFERENCES agency(id) ON DELETE RESTRICT,  -- NULL: every agency
    password_hash   TEXT NOT NULL,                        -- "$argon2id$..."
    must_change     INTEGER NOT NULL DEFAULT 1 CHECK (must_change IN (0, 1)),
    failed_logins   INTEGER NOT NULL DEFAULT 0,           -- consecutive failures
    locked_until    TEXT,                                 -- UTC ISO 8601; NULL: not locked
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at      TEXT NOT NULL,                        -- UTC ISO 8601
    password_set_at TEXT NOT NULL,                        -- UTC ISO 8601
    last_login_at   TEXT                                  -- UTC ISO 8601
);
