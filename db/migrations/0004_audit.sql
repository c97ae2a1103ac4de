-- The audit trail (app/audit.py): one row per create, update, delete, view of a sensitive
-- record, export, import, report, backup, restore, login, logout, failed login and lockout.
-- Rows are only ever added (one exception below). Each row carries the hash of the row before it, and its own
-- hash covers its id, so a changed, removed or slipped-in row breaks the chain
-- (`madoguchi audit verify`). AUTOINCREMENT keeps the highest id ever given in
-- sqlite_sequence, so removing the newest rows shows too.
-- The one change allowed: when a record's personal data is purged (retention), the copies
-- of its values in `changes` are blanked (app/audit.py redact). The row hash covers
-- `changes_hash`, not `changes`, so the chain still verifies, and a "redact" row records
-- who blanked them and when.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,      -- UTC, ISO-8601 with microseconds
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,      -- create | update | delete | view | export | import | ...
    record_kind TEXT,               -- resident | consultation | accompaniment | session | ...
    record_uuid TEXT,
    changes     TEXT CHECK (changes IS NULL OR json_valid(changes)),  -- {"field": [before, after]}
    changes_hash TEXT,              -- sha256 of `changes` as written; NULL when there were none
    detail      TEXT,
    prev_hash   TEXT NOT NULL,      -- '' for the first row
    hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_user_at ON audit (user, at);
CREATE INDEX audit_record ON audit (record_uuid);
CREATE INDEX audit_at ON audit (at);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NEW.changes IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.user IS NOT OLD.user OR NEW.action IS NOT OLD.action
    OR NEW.record_kind IS NOT OLD.record_kind OR NEW.record_uuid IS NOT OLD.record_uuid
    OR NEW.changes_hash IS NOT OLD.changes_hash OR NEW.detail IS NOT OLD.detail
    OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be removed');
END;
