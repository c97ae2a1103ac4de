-- Code items carry a version and the device that last changed them (issue 13), so that a
-- label edited on one device travels in sync packets. Every packet carries every code
-- item; the one with the higher (version, device_id) wins on every device, so all devices
-- end with the same labels whatever the order the packets arrive in. A local change is
-- counted by the triggers below, so every writer is counted (Settings, import, scripts);
-- a packet sets version and device_id itself, and the triggers leave that alone.
ALTER TABLE code_items ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE code_items ADD COLUMN device_id TEXT NOT NULL DEFAULT '';

CREATE TRIGGER code_items_version_new AFTER INSERT ON code_items
WHEN NEW.version = 0 AND NEW.device_id = ''
BEGIN
    UPDATE code_items SET version = 1,
        device_id = coalesce((SELECT value FROM settings WHERE key = 'device_id'), '')
    WHERE list = NEW.list AND code = NEW.code;
END;

CREATE TRIGGER code_items_version_changed
AFTER UPDATE OF label_ja, label_en, sort_order, active ON code_items
WHEN NEW.version = OLD.version AND NEW.device_id = OLD.device_id
    AND (NEW.label_ja IS NOT OLD.label_ja OR NEW.label_en IS NOT OLD.label_en
         OR NEW.sort_order IS NOT OLD.sort_order OR NEW.active IS NOT OLD.active)
BEGIN
    UPDATE code_items SET version = OLD.version + 1,
        device_id = coalesce((SELECT value FROM settings WHERE key = 'device_id'), '')
    WHERE list = NEW.list AND code = NEW.code;
END;
