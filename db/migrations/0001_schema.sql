-- Madoguchi schema, version 1.
-- Conventions:
--   * every record table has an integer rowid `id` and a stable `uuid` (for merging between
--     machines and towns), plus created_at / updated_at (UTC ISO-8601) and created_by /
--     updated_by (the user who made the change);
--   * event dates and times (`occurred_at`, `date`, `time_out`...) are Japan local time
--     (Asia/Tokyo) written without offset: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. Month and
--     fiscal year are derived from that local date, never from UTC;
--   * records keep codes (`code_items.code`), never labels;
--   * list-valued fields (languages, SNS contacts) are JSON arrays.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE code_items (
    list       TEXT NOT NULL,
    code       TEXT NOT NULL,
    label_ja   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (list, code)
) STRICT;

CREATE TABLE residents (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    family_name       TEXT NOT NULL DEFAULT '',   -- native script
    given_name        TEXT NOT NULL DEFAULT '',
    family_name_latin TEXT NOT NULL DEFAULT '',
    given_name_latin  TEXT NOT NULL DEFAULT '',
    kana              TEXT NOT NULL DEFAULT '',   -- katakana reading
    nationality       TEXT NOT NULL,              -- ISO 3166-1 alpha-2
    languages         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),  -- ISO 639-1 codes
    residence_status  TEXT,
    employer          TEXT NOT NULL DEFAULT '',   -- employer or host organisation (受入れ機関)
    district          TEXT NOT NULL DEFAULT '',
    sns               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sns)),  -- [{"app": code, "handle": text}]
    arrival_date      TEXT,
    consent_date      TEXT,
    consent_method    TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
) STRICT;
CREATE INDEX residents_latin ON residents (family_name_latin, given_name_latin);
CREATE INDEX residents_nationality ON residents (nationality);

-- Household links, stored once per pair: related_id is the `relation` of resident_id
-- (read from the other side: parent <-> child, the others are symmetric).
CREATE TABLE resident_links (
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    related_id  INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    relation    TEXT NOT NULL,
    PRIMARY KEY (resident_id, related_id),
    CHECK (resident_id <> related_id)
) STRICT;
CREATE INDEX resident_links_related ON resident_links (related_id);

CREATE TABLE organisations (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    phone                 TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    languages             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    interpreter_available INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_available IN (0, 1)),
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_by            TEXT NOT NULL
) STRICT;

CREATE TABLE bridge_persons (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    languages  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    sns        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sns)),
    area       TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE consultations (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    occurred_at     TEXT NOT NULL,              -- Japan local 'YYYY-MM-DDTHH:MM'
    month           TEXT GENERATED ALWAYS AS (substr(occurred_at, 1, 7)) VIRTUAL,
    fiscal_year     INTEGER GENERATED ALWAYS AS (
                        CAST(substr(occurred_at, 1, 4) AS INTEGER)
                        - (CAST(substr(occurred_at, 6, 2) AS INTEGER) < 4)) VIRTUAL,
    minutes         INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    resident_id     INTEGER REFERENCES residents (id) ON DELETE RESTRICT,  -- NULL: anonymous
    nationality     TEXT,                       -- required when anonymous
    language        TEXT NOT NULL,              -- the language actually used, 'ja' included
    channel         TEXT NOT NULL,
    sns_app         TEXT,
    interpreter     TEXT NOT NULL DEFAULT 'none',  -- code list 'interpreter'
    asked           TEXT NOT NULL DEFAULT '',
    done            TEXT NOT NULL DEFAULT '',
    referral_org_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'referred', 'waiting', 'closed')),
    follow_up_date  TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    CHECK (resident_id IS NOT NULL OR nationality IS NOT NULL)
) STRICT;
CREATE INDEX consultations_when ON consultations (occurred_at);
CREATE INDEX consultations_resident ON consultations (resident_id, occurred_at);
CREATE INDEX consultations_status ON consultations (status, occurred_at);
CREATE INDEX consultations_follow_up ON consultations (follow_up_date) WHERE follow_up_date IS NOT NULL;

CREATE TABLE consultation_topics (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    topic           TEXT NOT NULL,
    PRIMARY KEY (consultation_id, topic)
) STRICT, WITHOUT ROWID;
CREATE INDEX consultation_topics_topic ON consultation_topics (topic, consultation_id);

CREATE TABLE accompaniments (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    date              TEXT NOT NULL,            -- Japan local 'YYYY-MM-DD'
    time_out          TEXT,                     -- 'HH:MM'
    time_back         TEXT,                     -- 'HH:MM'
    resident_id       INTEGER REFERENCES residents (id) ON DELETE RESTRICT,
    consultation_id   INTEGER REFERENCES consultations (id) ON DELETE SET NULL,
    destination_kind  TEXT NOT NULL,
    organisation_id   INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    facility          TEXT NOT NULL DEFAULT '',
    purpose           TEXT NOT NULL DEFAULT '',
    outcome           TEXT NOT NULL DEFAULT '',
    -- SENSITIVE (要配慮個人情報, APPI art. 2(3)): health details of a hospital visit.
    -- Listed in sensitive_fields; never exported for the prefecture, never logged.
    health_details    TEXT NOT NULL DEFAULT '',
    distance_km       REAL NOT NULL DEFAULT 0 CHECK (distance_km >= 0),
    transport_cost    INTEGER NOT NULL DEFAULT 0 CHECK (transport_cost >= 0),  -- yen
    follow_up_date    TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
) STRICT;
CREATE INDEX accompaniments_date ON accompaniments (date);
CREATE INDEX accompaniments_resident ON accompaniments (resident_id, date);

-- Which columns hold sensitive personal information (要配慮個人情報).
CREATE TABLE sensitive_fields (
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name)
) STRICT;
INSERT INTO sensitive_fields VALUES ('accompaniments', 'health_details', 'health (APPI 要配慮個人情報)');

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    date        TEXT NOT NULL,                  -- Japan local 'YYYY-MM-DD'
    start_time  TEXT,                           -- 'HH:MM'
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    languages   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    venue       TEXT NOT NULL DEFAULT '',
    online      INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    facilitator TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_date ON sessions (date);

CREATE TABLE session_topics (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    PRIMARY KEY (session_id, topic)
) STRICT, WITHOUT ROWID;

CREATE TABLE session_attendees (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE RESTRICT,
    PRIMARY KEY (session_id, resident_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_attendees_resident ON session_attendees (resident_id);

-- Head counts of attendees who are not linked as residents, by nationality.
CREATE TABLE session_headcounts (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    nationality TEXT NOT NULL,
    count       INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (session_id, nationality)
) STRICT, WITHOUT ROWID;

-- Search, maintained by app/search.py with text normalised there (NFKC, katakana, case-folded,
-- Latin diacritics removed). People: rowid = id * 4 + kind (0 resident, 1 organisation,
-- 2 bridge person). Records: rowid = consultation id.
CREATE VIRTUAL TABLE search_people USING fts5 (body, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_records USING fts5 (body, tokenize = 'trigram');
