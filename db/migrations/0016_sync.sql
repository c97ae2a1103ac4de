-- Sync between the devices of one town (issue 13; docs/sync.md).
--
-- sync_clocks: for every record, and every deleted record's tombstone, its version vector
-- ({device id: version}) and `seq`, the local order of the last change to it (a save here
-- or a change applied from another device): a packet carries every record whose seq is
-- above what the other devices have confirmed. Kept up to date by the triggers below, so
-- every writer is counted.
CREATE TABLE sync_clocks (
    uuid  TEXT PRIMARY KEY,
    kind  TEXT NOT NULL,
    clock TEXT NOT NULL CHECK (json_valid(clock)),
    seq   INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX sync_clocks_seq ON sync_clocks (seq);

-- The other devices of the town: where each came from, how far it confirmed our changes
-- (acked_*), how far we applied its changes (applied_*), when we last heard from it, and
-- whether it was revoked (a lost laptop: its packets are refused).
CREATE TABLE sync_devices (
    device_id       TEXT PRIMARY KEY,
    name            TEXT NOT NULL DEFAULT '',
    origin          TEXT NOT NULL DEFAULT '',   -- the device this one was copied from
    added_at        TEXT NOT NULL,
    revoked_at      TEXT,
    last_heard      TEXT,
    acked_records   INTEGER NOT NULL DEFAULT 0,
    acked_audit     INTEGER NOT NULL DEFAULT 0,
    applied_records INTEGER NOT NULL DEFAULT 0,
    applied_audit   INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Packets applied (by their id), so one applied twice changes nothing.
CREATE TABLE sync_packets (
    packet_id  TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

-- Records changed on two devices since they last exchanged (or deleted on one and changed
-- on the other): both versions kept until a person resolves them, field by field.
CREATE TABLE sync_conflicts (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    found_at    TEXT NOT NULL,
    mine        TEXT CHECK (mine IS NULL OR json_valid(mine)),     -- NULL: deleted here
    theirs      TEXT CHECK (theirs IS NULL OR json_valid(theirs)), -- NULL: deleted there
    their_clock TEXT NOT NULL CHECK (json_valid(their_clock)),
    their_device TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
) STRICT;
CREATE INDEX sync_conflicts_open ON sync_conflicts (uuid) WHERE resolved_at IS NULL;

-- Records from another device that refer to a record not here yet: kept and tried again.
CREATE TABLE sync_pending (
    uuid   TEXT PRIMARY KEY,
    kind   TEXT NOT NULL,
    record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;


INSERT INTO sync_clocks (uuid, kind, clock, seq)
SELECT uuid, kind, clock, row_number() OVER (ORDER BY k, id) FROM (
SELECT uuid, 'organisations' AS kind, json_object(device_id, version) AS clock, 0 AS k, id FROM organisations
UNION ALL SELECT uuid, 'bridge_persons' AS kind, json_object(device_id, version) AS clock, 1 AS k, id FROM bridge_persons
UNION ALL SELECT uuid, 'residents' AS kind, json_object(device_id, version) AS clock, 2 AS k, id FROM residents
UNION ALL SELECT uuid, 'kb_entries' AS kind, json_object(device_id, version) AS clock, 3 AS k, id FROM kb_entries
UNION ALL SELECT uuid, 'consultations' AS kind, json_object(device_id, version) AS clock, 4 AS k, id FROM consultations
UNION ALL SELECT uuid, 'accompaniments' AS kind, json_object(device_id, version) AS clock, 5 AS k, id FROM accompaniments
UNION ALL SELECT uuid, 'sessions' AS kind, json_object(device_id, version) AS clock, 6 AS k, id FROM sessions);

CREATE TRIGGER organisations_clock_new AFTER INSERT ON organisations
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'organisations', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER organisations_clock_changed AFTER UPDATE OF version ON organisations
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'organisations',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;
CREATE TRIGGER bridge_persons_clock_new AFTER INSERT ON bridge_persons
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'bridge_persons', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER bridge_persons_clock_changed AFTER UPDATE OF version ON bridge_persons
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'bridge_persons',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;
CREATE TRIGGER residents_clock_new AFTER INSERT ON residents
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'residents', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER residents_clock_changed AFTER UPDATE OF version ON residents
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'residents',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;
CREATE TRIGGER kb_entries_clock_new AFTER INSERT ON kb_entries
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'kb_entries', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER kb_entries_clock_changed AFTER UPDATE OF version ON kb_entries
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'kb_entries',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;
CREATE TRIGGER consultations_clock_new AFTER INSERT ON consultations
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'consultations', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER consultations_clock_changed AFTER UPDATE OF version ON consultations
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'consultations',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;
CREATE TRIGGER accompaniments_clock_new AFTER INSERT ON accompaniments
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'accompaniments', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER accompaniments_clock_changed AFTER UPDATE OF version ON accompaniments
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'accompaniments',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;
CREATE TRIGGER sessions_clock_new AFTER INSERT ON sessions
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'sessions', json_object(
        coalesce(nullif(NEW.device_id, ''), (SELECT value FROM settings WHERE key = 'device_id')),
        NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || coalesce(nullif(NEW.device_id, ''),
                          (SELECT value FROM settings WHERE key = 'device_id')) || '"',
        NEW.version);
END;
CREATE TRIGGER sessions_clock_changed AFTER UPDATE OF version ON sessions
BEGIN
    INSERT INTO sync_clocks (uuid, kind, clock, seq) VALUES (NEW.uuid, 'sessions',
        json_object(NEW.device_id, NEW.version), (SELECT coalesce(max(seq), 0) + 1 FROM sync_clocks))
    ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, clock = json_set(sync_clocks.clock,
        '$."' || NEW.device_id || '"', NEW.version);
END;

-- The town's id, the same on every device of the town (a copy keeps it): a packet of
-- another town is refused.
INSERT OR IGNORE INTO settings (key, value) VALUES ('town_id', lower(hex(randomblob(16))));
-- The town's sync key (the packets' key is derived from it): kept inside the encrypted
-- database and copied with it to each device, so that re-keying one device's file (after a
-- user is disabled) does not stop the exchange.
INSERT OR IGNORE INTO settings (key, value) VALUES ('sync_key', lower(hex(randomblob(32))));
