-- Madoguchi schema, version 7: the annual reports that left the program, with what each
-- published, so that a later report of the same fiscal year keeps earlier hidden figures
-- hidden and the disclosure audit can read every report together (app/reports/issued.py).
-- `figures` is JSON: {"figures": [[key, value, state], ...], "relations": [[[[key, coef],
-- ...], sense], ...]}; state is "shown", "hidden" (printed as x) or "internal" (not printed).
-- The true values of hidden figures stay in this encrypted file only.

CREATE TABLE issued_reports (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('annual')),
    fiscal_year  INTEGER NOT NULL,
    cut_off      TEXT NOT NULL,                 -- last Japan-local date the data covers
    provisional  INTEGER NOT NULL CHECK (provisional IN (0, 1)),
    threshold    INTEGER NOT NULL,
    width        INTEGER NOT NULL,              -- the protection width it was made with
    formats      TEXT NOT NULL DEFAULT '',
    figures      TEXT NOT NULL CHECK (json_valid(figures)),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
) STRICT;
CREATE INDEX issued_reports_year ON issued_reports (kind, fiscal_year, cut_off);
