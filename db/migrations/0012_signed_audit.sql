-- Audit rows signed by the acting user (app/signing.py, app/audit_signatures.py).
-- `signer` is the key id of the user's Ed25519 key, 'nobody' for a row written while no
-- user was logged in (a failed login waiting in the key file), NULL for rows from before
-- signing began; `signature` is that key's signature over the row's `hash`. Both stay
-- outside the hash, so the chain is the same with or without them.
ALTER TABLE audit ADD COLUMN signer TEXT;
ALTER TABLE audit ADD COLUMN signature TEXT;

DROP TRIGGER audit_no_update;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NEW.changes IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.user IS NOT OLD.user OR NEW.action IS NOT OLD.action
    OR NEW.record_kind IS NOT OLD.record_kind OR NEW.record_uuid IS NOT OLD.record_uuid
    OR NEW.changes_hash IS NOT OLD.changes_hash OR NEW.detail IS NOT OLD.detail
    OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
    OR NEW.signer IS NOT OLD.signer OR NEW.signature IS NOT OLD.signature
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;

-- Which user's key may sign, with which role, when: one row per key and role period,
-- certified with the administrators' key (app/roles.py). A role change or a disabled user
-- closes a period (until_at); a new password set by an administrator starts a new key.
-- `cert` is NULL for a key its own user made at login, until an administrator's login
-- certifies it.
CREATE TABLE signing_keys (
    id       INTEGER PRIMARY KEY,
    key_id   TEXT NOT NULL,   -- first 16 hex digits of sha256 of the public key
    user     TEXT NOT NULL,
    public   TEXT NOT NULL,   -- base64 Ed25519 public key
    role     TEXT NOT NULL,
    from_at  TEXT NOT NULL,   -- UTC, like audit.at
    until_at TEXT,            -- NULL while it is open
    cert     TEXT
) STRICT;
CREATE INDEX signing_keys_key ON signing_keys (key_id);
