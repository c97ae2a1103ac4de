-- Madoguchi schema: where records brought in from old Excel/CSV logs came from.
-- `table_imports` has one row per imported file (its SHA-256, so the same file is not
-- imported twice); `record_sources` ties each record made by an import to the file's sheet
-- and row. Records refer to their source by UUID (no foreign key to the record tables), so
-- deleting or purging a record leaves its source row, which holds no personal data.

CREATE TABLE table_imports (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('log', 'roster')),
    file_name     TEXT NOT NULL,
    file_sha256   TEXT NOT NULL,
    imported_at   TEXT NOT NULL,              -- UTC
    imported_by   TEXT NOT NULL,
    rows_total    INTEGER NOT NULL DEFAULT 0,
    records       INTEGER NOT NULL DEFAULT 0,
    residents_new INTEGER NOT NULL DEFAULT 0,
    residents_matched INTEGER NOT NULL DEFAULT 0,
    skipped       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX table_imports_file ON table_imports (file_sha256);

CREATE TABLE record_sources (
    import_id   INTEGER NOT NULL REFERENCES table_imports (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('resident', 'consultation')),
    record_uuid TEXT NOT NULL,
    sheet       TEXT NOT NULL,
    row         INTEGER NOT NULL CHECK (row >= 1),
    PRIMARY KEY (import_id, record_kind, record_uuid)
) STRICT;
CREATE INDEX record_sources_record ON record_sources (record_uuid);
