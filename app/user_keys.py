"""The users' own signing keys through their life: made with the account (or at the first
login of a user who has none), certified by an administrator, ended with a role change, a
new password set by someone else, or a disabled account (app/signing.py)."""

from __future__ import annotations

from app import audit, keyslots, roles, signing
from app.db import Connection
from app.jptime import utc_stamp
from app.keyslots import KeyFile
from app.store import Store


def activate(store: Store, sign_key: bytes | None) -> None:
    """A login that unwrapped the user's key: their rows are signed from now on."""
    if sign_key is not None:
        signing.activate(store.path, signing.Signer(store.user, sign_key))


def ensure(store: Store, password: str) -> None:
    """A user logging in without a key of their own (made before keys were) gets one now,
    wrapped in their slot under their password; an administrator certifies it at once,
    a staff user's waits for the next administrator's login."""
    if store.readonly or store.path is None or store.key is None:
        return
    if signing.active(store.path, store.user) is not None:
        carry_over(store)
        return
    private = roles.new_private()
    key_file = KeyFile.load(keyslots.key_path(store.path))
    if key_file.slot(store.user) is None:
        return
    admin_key = store.signer if store.role == "admin" else None
    key_file.set_slot(store.user, password, store.key, admin_key, private)
    key_file.save()
    signer = signing.Signer(store.user, private)
    signing.activate(store.path, signer)
    with store.write() as conn:
        signing.open_period(conn, store.user, signer.public, store.role, store.signer)
        audit.record(conn, store.user, "user_key", kind="user", uuid=store.user,
                     detail=f"key {signer.key_id}")


def carry_over(store: Store) -> None:
    """A database that does not know the key of the user logged in (restored from a backup
    made before they had it) gets it as a waiting period, for an administrator's login to
    certify (their own at once)."""
    if store.readonly or signing.active(store.path, store.user) is None:
        return
    with store.write() as conn:
        open_if_unknown(conn, store, None)


def open_if_unknown(conn: Connection, store: Store, admins_private: bytes | None) -> None:
    """The key of the user logged in gets a period in this database if it has none open
    (inside a write transaction, before the rows it signs)."""
    signer = signing.active(store.path, store.user)
    if signer is None:
        return
    now = utc_stamp()
    known = any(c.key_id == signer.key_id and c.user == store.user and
                (c.until_at is None or c.covers(now)) for c in signing.certs(conn))
    role = signing.open_role(conn, store.user)
    if not known and role is not None:
        signing.open_period(conn, store.user, signer.public, role, admins_private)


def new_for(conn: Connection, user: str, role: str, admins_private: bytes | None) -> bytes:
    """A key for an account an administrator makes or gives a new password (inside the
    write transaction); the caller wraps it in the slot."""
    private = roles.new_private()
    signing.close_periods(conn, user, admins_private)
    signing.open_period(conn, user, roles.public_of(private), role, admins_private)
    return private


def role_changed(conn: Connection, user: str, role: str, admins_private: bytes | None) -> None:
    """The same key signs on with the new role: the period with the old one ends."""
    for public in signing.close_periods(conn, user, admins_private):
        signing.open_period(conn, user, public, role, admins_private)


def admin_login(store: Store) -> None:
    """An administrator's login certifies the keys staff made at their own login."""
    if store.readonly or store.signer is None or store.role != "admin":
        return
    with store.write() as conn:
        done, refused = signing.certify_waiting(conn, store.signer,
                                                signing.active(store.path, store.user))
        if done or refused:
            audit.record(conn, store.user, "certify", kind="user", detail="; ".join(
                [f"keys {', '.join(done)} certified" if done else "",
                 f"keys {', '.join(refused)} not certified (not as the users list says)"
                 if refused else ""]).strip("; "))
