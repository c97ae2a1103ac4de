-- Records that know who they are (issue 12): a device id for this database, a version and
-- the device that last changed each record, tombstones for deletes, and one audit hash
-- chain per device.

-- This database's device id, made once (a copy for another device gets a new one).
INSERT OR IGNORE INTO settings (key, value)
SELECT 'device_id', substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3)
       || '-a' || substr(h, 18, 3) || '-' || substr(h, 21, 12)
FROM (SELECT lower(hex(randomblob(16))) AS h);

-- version: how many times the record was saved (1 when made); device_id: the device whose
-- save made this version. Existing records are version 1 of this device.
ALTER TABLE residents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE residents ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE consultations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE consultations ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE accompaniments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE accompaniments ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sessions ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisations ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE bridge_persons ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bridge_persons ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE kb_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kb_entries ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
UPDATE residents SET device_id = (SELECT value FROM settings WHERE key = 'device_id');
UPDATE consultations SET device_id = (SELECT value FROM settings WHERE key = 'device_id');
UPDATE accompaniments SET device_id = (SELECT value FROM settings WHERE key = 'device_id');
UPDATE sessions SET device_id = (SELECT value FROM settings WHERE key = 'device_id');
UPDATE organisations SET device_id = (SELECT value FROM settings WHERE key = 'device_id');
UPDATE bridge_persons SET device_id = (SELECT value FROM settings WHERE key = 'device_id');
UPDATE kb_entries SET device_id = (SELECT value FROM settings WHERE key = 'device_id');

-- A deleted record leaves its kind and uuid, so the deletion can travel to another device
-- and be told apart from "never had it". No personal data: deleted_by is a staff user name.
CREATE TABLE tombstones (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,     -- residents | consultations | ... (the table name)
    deleted_at TEXT NOT NULL,     -- UTC
    deleted_by TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    version    INTEGER NOT NULL   -- the record's version after the delete (last version + 1)
) STRICT;
CREATE INDEX tombstones_kind ON tombstones (kind);

-- One hash chain per device: device_seq is the row's place in its device's chain (1, 2,
-- ...), prev_hash the hash of the row before it in that chain, and the row hash covers
-- device_seq (in place of the local id) so a row keeps its hash on every device. Rows
-- written before this migration are this device's chain as they are (their ids were
-- 1..n, so their hashes already match).
ALTER TABLE audit ADD COLUMN device_id TEXT;
ALTER TABLE audit ADD COLUMN device_seq INTEGER;
DROP TRIGGER audit_no_update;
UPDATE audit SET device_id = (SELECT value FROM settings WHERE key = 'device_id'),
                 device_seq = id;
CREATE UNIQUE INDEX audit_chain ON audit (device_id, device_seq);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NEW.changes IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.user IS NOT OLD.user OR NEW.action IS NOT OLD.action
    OR NEW.record_kind IS NOT OLD.record_kind OR NEW.record_uuid IS NOT OLD.record_uuid
    OR NEW.changes_hash IS NOT OLD.changes_hash OR NEW.detail IS NOT OLD.detail
    OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
    OR NEW.signer IS NOT OLD.signer OR NEW.signature IS NOT OLD.signature
    OR NEW.device_id IS NOT OLD.device_id OR NEW.device_seq IS NOT OLD.device_seq
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;

-- Every way a record is written (the save methods, demo data, knowledge packs, a purge)
-- gives it this device's id when made, and a new version of this device when changed;
-- a writer that sets version itself (an import or a sync packet) keeps what it sets.
CREATE TRIGGER residents_made_here AFTER INSERT ON residents WHEN NEW.device_id = ''
BEGIN
    UPDATE residents SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER residents_changed_here AFTER UPDATE ON residents
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE residents SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER consultations_made_here AFTER INSERT ON consultations WHEN NEW.device_id = ''
BEGIN
    UPDATE consultations SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER consultations_changed_here AFTER UPDATE ON consultations
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE consultations SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER accompaniments_made_here AFTER INSERT ON accompaniments WHEN NEW.device_id = ''
BEGIN
    UPDATE accompaniments SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER accompaniments_changed_here AFTER UPDATE ON accompaniments
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE accompaniments SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER sessions_made_here AFTER INSERT ON sessions WHEN NEW.device_id = ''
BEGIN
    UPDATE sessions SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER sessions_changed_here AFTER UPDATE ON sessions
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE sessions SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER organisations_made_here AFTER INSERT ON organisations WHEN NEW.device_id = ''
BEGIN
    UPDATE organisations SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER organisations_changed_here AFTER UPDATE ON organisations
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE organisations SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER bridge_persons_made_here AFTER INSERT ON bridge_persons WHEN NEW.device_id = ''
BEGIN
    UPDATE bridge_persons SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER bridge_persons_changed_here AFTER UPDATE ON bridge_persons
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE bridge_persons SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER kb_entries_made_here AFTER INSERT ON kb_entries WHEN NEW.device_id = ''
BEGIN
    UPDATE kb_entries SET device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
CREATE TRIGGER kb_entries_changed_here AFTER UPDATE ON kb_entries
WHEN NEW.version = OLD.version AND OLD.device_id <> ''
BEGIN
    UPDATE kb_entries SET version = OLD.version + 1,
                   device_id = (SELECT value FROM settings WHERE key = 'device_id')
    WHERE id = NEW.id;
END;
