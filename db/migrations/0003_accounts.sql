-- Accounts. The database key itself is never stored here: it lives wrapped, once per user
-- and once under the recovery code, in the key file beside the database (app/keyslots.py).
CREATE TABLE users (
    name       TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
    language   TEXT NOT NULL DEFAULT '',
    disabled   INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
