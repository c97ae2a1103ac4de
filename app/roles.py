"""Roles that hold outside the program: each user's role and state are signed with the
administrators' Ed25519 key.

Every user who can log in holds the database key, so a staff user with the files can change
the users table with any SQLite tool. The administrators' signing key is another matter:
its private half is wrapped only in administrators' slots of the key file (and the recovery
code's), under their own passwords; its public half is kept in the database's settings and
in the key file. Each users row (name, role, disabled) carries a signature made with it,
and every login checks the row of the user logging in: a role or state changed with a raw
UPDATE does not verify, and the login is refused.

Someone who also replaces the public key (in both places) and signs rows with a key of their
own gets past that, until an administrator whose row they left as administrator logs in:
the key that administrator holds no longer matches, so the public key is put back to it,
rows signed with the other key stop verifying, and an "roles_tampered" row records it.

An administrator who holds no signing key (a database made before this, a password reset
with the recovery code) makes a new one at login: rows that verify with the old one are
signed again (all rows, for a database that had none: trusted as they are then), and the
key is taken out of the other administrators' slots, who make their own at their login.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.db import Connection
from app.marks import QT_TRANSLATE_NOOP

SETTING = "admin_public_key"
TAMPERED = "roles_tampered"
FOUND = QT_TRANSLATE_NOOP(
    "errors", "Madoguchi found changes made outside it: %1. The audit trail records them.")


def new_private() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_of(private: bytes) -> str:
    key = Ed25519PrivateKey.from_private_bytes(private).public_key()
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def _message(db_id: str, name: str, role: str, disabled: bool) -> bytes:
    return json.dumps({"db_id": db_id, "name": name, "role": role, "disabled": bool(disabled)},
                      sort_keys=True, ensure_ascii=False).encode("utf-8")


def sign_grant(private: bytes, db_id: str, name: str, role: str, disabled: bool) -> str:
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(
        _message(db_id, name, role, disabled))
    return base64.b64encode(signature).decode("ascii")


def grant_holds(public: str, db_id: str, name: str, role: str, disabled: bool,
                signature: str | None) -> bool:
    if not signature or not public:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
        key.verify(base64.b64decode(signature, validate=True),
                   _message(db_id, name, role, disabled))
    except (InvalidSignature, ValueError):
        return False
    return True


def db_id(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'db_id'").fetchone()
    return str(row[0]) if row else ""


def stored_public(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
    return str(row[0]) if row else ""


def row_holds(conn: Connection, public: str, name: str) -> bool:
    row = conn.execute("SELECT role, disabled, grant_sig FROM users WHERE name = ?",
                       (name,)).fetchone()
    return row is not None and grant_holds(public, db_id(conn), name, str(row[0]),
                                           bool(row[1]), row[2])


def sign_row(conn: Connection, private: bytes, name: str) -> None:
    """(Re)sign one users row as it is now (inside the caller's write transaction)."""
    role, disabled = conn.execute("SELECT role, disabled FROM users WHERE name = ?",
                                  (name,)).fetchone()
    conn.execute("UPDATE users SET grant_sig = ? WHERE name = ?",
                 (sign_grant(private, db_id(conn), name, str(role), bool(disabled)), name))


def names(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT name FROM users ORDER BY name")]


@dataclass
class Decision:
    """What a login may do, from the users row and the keys (see the module docstring)."""

    allowed: bool
    signer: bytes | None = None        # the signing key this session signs with
    new_key: bool = False              # make one (no key held, or none there yet)
    restore_public: bool = False       # the held key is the real one: put it back
    finish_new_key: bool = False       # a new key was being put in place: finish
    notes: list[str] = field(default_factory=list)


def decide(conn: Connection, key_file_public: str, key_file_next: str, user: str,
           held: bytes | None) -> Decision:
    stored = stored_public(conn)
    row = conn.execute("SELECT role FROM users WHERE name = ?", (user,)).fetchone()
    is_admin_row = row is not None and row[0] == "admin"
    held_public = public_of(held) if held is not None else ""
    if not stored and not key_file_public and not key_file_next:
        return Decision(True, new_key=is_admin_row)  # made before signing: nothing yet
    if is_admin_row and held_public and held_public == key_file_next and \
            stored in (key_file_public, key_file_next) and \
            row_holds(conn, stored, user):  # stopped half-way through new_key
        return Decision(True, signer=held, finish_new_key=True)
    publics = {p for p in (stored, key_file_public) if p}
    # The public key was replaced and the rows signed with another key, which left this user
    # an administrator: the key their own slot holds is the real one.
    if held_public and is_admin_row and held_public not in publics and \
            row_holds(conn, stored or key_file_public, user):
        return Decision(True, signer=held, restore_public=True, notes=[
                "the administrators' public key was replaced outside Madoguchi"])
    if len(publics) > 1:
        return Decision(False, notes=["the administrators' public key differs between the "
                                      "database and the key file"])
    public = stored or key_file_public
    if not row_holds(conn, public, user):
        return Decision(False, notes=[f"the users row of {user} does not verify"])
    if not is_admin_row:
        return Decision(True)
    if held_public == public:
        return Decision(True, signer=held)
    return Decision(True, new_key=True)
