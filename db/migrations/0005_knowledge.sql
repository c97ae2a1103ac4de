-- Knowledge base (よくある相談): question/answer entries per topic, in several languages,
-- linked to the directory; and which entry answered which consultation.
CREATE TABLE kb_entries (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    topic        TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    documents    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents)),  -- document names
    reviewed_on  TEXT,                  -- Japan-local date of the last review
    reviewed_by  TEXT NOT NULL DEFAULT '',
    source_town  TEXT NOT NULL DEFAULT '',  -- set when imported from another town's pack
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX kb_entries_topic ON kb_entries (topic);

-- One row per language: Japanese first, then the residents' languages.
CREATE TABLE kb_texts (
    entry_id INTEGER NOT NULL REFERENCES kb_entries (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    question TEXT NOT NULL,
    answer   TEXT NOT NULL,
    PRIMARY KEY (entry_id, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE kb_organisations (
    entry_id        INTEGER NOT NULL REFERENCES kb_entries (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, organisation_id)
) STRICT, WITHOUT ROWID;

-- "Answered with": the entries used to answer a consultation.
CREATE TABLE consultation_answers (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    entry_id        INTEGER NOT NULL REFERENCES kb_entries (id) ON DELETE CASCADE,
    PRIMARY KEY (consultation_id, entry_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX consultation_answers_entry ON consultation_answers (entry_id);

-- Searched like the records (app/search.py normalisation); rowid = kb_entries.id.
CREATE VIRTUAL TABLE search_kb USING fts5 (body, tokenize = 'trigram');
