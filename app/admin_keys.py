"""The administrators' signing key at login (app/roles.py): made when an administrator
has none, finished when a login finds it half put in place, put back when it was replaced
outside Madoguchi. With it, the administrator's own key (app/signing.py)."""

from __future__ import annotations

from app import audit, keyslots, roles, signing, user_keys
from app.keyslots import KeyFile
from app.services import Services
from app.store import Store


def restore_public(store: Store, key_file: KeyFile, decision: roles.Decision) -> None:
    """The key this administrator holds is the real one: it is the public key again, rows
    signed with the other key stop verifying (those users are refused until an
    administrator grants them their role again), and the trail says so."""
    assert store.signer is not None
    public = roles.public_of(store.signer)
    with store.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                     "UPDATE SET value = excluded.value", (roles.SETTING, public))
        roles.sign_row(conn, store.signer, store.user)  # their slot holds the real key
        broken = [n for n in roles.names(conn) if not roles.row_holds(conn, public, n)]
        audit.record(conn, store.user, roles.TAMPERED, detail="; ".join(
            [*decision.notes, f"rows that no longer verify: {', '.join(broken) or 'none'}"]))
    key_file.admin_public = public
    key_file.save()
    store.notes.append(f"rows that no longer verify: {', '.join(broken) or 'none'}")


def make_signing_key(services: Services, password: str) -> None:
    """After a login that found no signing key for this administrator (a database made
    before signing, a password reset with the recovery code): make one, in three steps
    that a login can finish if they are interrupted (the key file announces the new key,
    the database takes it, the key file makes it the key)."""
    store = services.store
    if not store.needs_signing_key or store.path is None:
        user_keys.ensure(store, password)
        user_keys.admin_login(store)
        return
    assert store.key is not None
    signer = roles.new_private()
    key_file = KeyFile.load(keyslots.key_path(store.path))
    own = signing.active(store.path, store.user)
    if own is None:  # the user's own key too, so that the rows below are signed
        own = signing.Signer(store.user, roles.new_private())
        signing.activate(store.path, own)
    key_file.set_slot(store.user, password, store.key, signer, own.private)
    key_file.admin_public_next = roles.public_of(signer)
    key_file.save()
    store.signer = signer
    finish_new_key(store, key_file)
    store.needs_signing_key = False
    user_keys.ensure(store, password)
    user_keys.admin_login(store)


def finish_new_key(store: Store, key_file: KeyFile) -> None:
    assert store.signer is not None
    public = roles.public_of(store.signer)
    with store.write() as conn:
        old = roles.stored_public(conn) or key_file.admin_public
        if old != public:
            # rows that verify with the old key (all rows, before there was one) keep their
            # role; any other stays refused
            for name in roles.names(conn):
                if not old or roles.row_holds(conn, old, name):
                    roles.sign_row(conn, store.signer, name)
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (roles.SETTING, public))
            signing.resign(conn, old, store.signer)
            user_keys.open_if_unknown(conn, store, store.signer)
            audit.record(conn, store.user, "signing_key",
                         detail="a new administrators' signing key")
    key_file.admin_public, key_file.admin_public_next = public, ""
    key_file.drop_admin_keys(keep=store.user)
    key_file.save()
