"""Each user's own Ed25519 signing key, and the signatures it puts on audit rows.

A user's private key is wrapped in their slot of the key file under their password only
(app/keyslots.py); its public half is kept in the database's `signing_keys`, one row per
period in which the key may sign with a role, certified with the administrators' key
(app/roles.py). Every audit row written in a session carries the acting user's key id and
a signature over the row's hash; a row written while no user is logged in (a failed login
waiting in the key file, a refused login) is marked NOBODY instead.

While the program runs, the keys of the users logged in are kept here by database file and
user, so that every connection to that file signs that user's rows (a restore writes its
row through a connection of its own).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app import roles
from app.db import Connection
from app.jptime import utc_stamp

NOBODY = "nobody"
SIGNED_FROM = "audit_signed_from"  # setting: rows from this time on must be signed
# rows that may be written while no user is logged in
NOBODY_ACTIONS = frozenset({"login_failed", "lockout", "login_refused"})


def key_id(public: str) -> str:
    return hashlib.sha256(base64.b64decode(public)).hexdigest()[:16]


def sign(private: bytes, text: str) -> str:
    signature = _private_key(private).sign(text.encode("utf-8"))
    return base64.b64encode(signature).decode("ascii")


@functools.lru_cache(maxsize=64)
def _private_key(private: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(private)


@functools.lru_cache(maxsize=1024)
def _public_key(public: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))


def verifies(public: str, text: str, signature: str | None) -> bool:
    if not signature or not public:
        return False
    try:
        _public_key(public).verify(base64.b64decode(signature, validate=True),
                                   text.encode("utf-8"))
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    user: str
    private: bytes = field(repr=False)

    @functools.cached_property
    def public(self) -> str:
        return roles.public_of(self.private)

    @functools.cached_property
    def key_id(self) -> str:
        return key_id(self.public)


_ACTIVE: dict[tuple[str, str], Signer] = {}
_SINCE: dict[tuple[str, str], str] = {}  # when each was activated (UTC)


@functools.lru_cache(maxsize=256)
def _real(name: str) -> str:
    return os.path.realpath(name)


def _file_key(path: Path | str) -> str:
    return _real(str(path))


def activate(path: Path | None, signer: Signer) -> None:
    """From now on, rows of `signer.user` written to the database at `path` are signed."""
    if path is not None:
        _ACTIVE[(_file_key(path), signer.user)] = signer
        _SINCE[(_file_key(path), signer.user)] = utc_stamp()


def deactivate(path: Path | None, user: str) -> None:
    """At logout: the key leaves memory."""
    if path is not None:
        _ACTIVE.pop((_file_key(path), user), None)


def active_since(path: Path | None, user: str) -> str | None:
    """When the key of `user` began signing in this program (their login)."""
    return None if path is None else _SINCE.get((_file_key(path), user))


def active(path: Path | None, user: str) -> Signer | None:
    return None if path is None else _ACTIVE.get((_file_key(path), user))


def mark(conn: Connection, user: str, row_hash: str, nobody: bool) -> tuple[str | None,
                                                                           str | None]:
    """(signer, signature) for a new audit row."""
    if nobody:
        return NOBODY, None
    name = conn.raw.filename
    signer = _ACTIVE.get((_file_key(name), user)) if name else None
    if signer is None:
        return None, None
    return signer.key_id, sign(signer.private, row_hash)


# ---------------------------------------------------------------- certified periods

@dataclass(frozen=True)
class Cert:
    id: int
    key_id: str
    user: str
    public: str
    role: str
    from_at: str
    until_at: str | None
    cert: str | None

    def covers(self, at: str) -> bool:
        return self.from_at <= at and (self.until_at is None or at <= self.until_at)

    def certified(self, db_id: str, admins_public: str) -> bool:
        return verifies(admins_public, _cert_text(db_id, self), self.cert)


def _cert_text(db_id: str, cert: Cert) -> str:
    return json.dumps({"db_id": db_id, "key_id": cert.key_id, "user": cert.user,
                       "public": cert.public, "role": cert.role, "from_at": cert.from_at,
                       "until_at": cert.until_at}, sort_keys=True, ensure_ascii=False)


def certs(conn: Connection) -> list[Cert]:
    return [Cert(*row) for row in conn.execute(
        "SELECT id, key_id, user, public, role, from_at, until_at, cert FROM signing_keys "
        "ORDER BY id")]


def _store_cert(conn: Connection, cert: Cert, admins_private: bytes | None) -> None:
    text = sign(admins_private, _cert_text(roles.db_id(conn), cert)) \
        if admins_private is not None else None
    conn.execute("UPDATE signing_keys SET until_at = ?, cert = ? WHERE id = ?",
                 (cert.until_at, text, cert.id))


def open_period(conn: Connection, user: str, public: str, role: str,
                admins_private: bytes | None, at: str | None = None) -> None:
    """The key `public` signs for `user` with `role` from now on (inside a write
    transaction); certified when an administrator's key is at hand, else waiting."""
    at = at or utc_stamp()
    cursor = conn.execute(
        "INSERT INTO signing_keys (key_id, user, public, role, from_at) VALUES (?, ?, ?, ?, ?)",
        (key_id(public), user, public, role, at))
    cert = Cert(int(cursor.lastrowid or 0), key_id(public), user, public, role, at, None, None)
    _store_cert(conn, cert, admins_private)
    if not conn.execute("SELECT 1 FROM settings WHERE key = ?", (SIGNED_FROM,)).fetchone():
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (SIGNED_FROM, at))


def close_periods(conn: Connection, user: str, admins_private: bytes | None,
                  at: str | None = None) -> list[str]:
    """The user's open periods end now (a role change, a disabled user, a new key).
    Returns the public keys that were open. Without the administrators' key (a session
    opened with the recovery code) a certified period cannot be re-signed and stays open,
    until an administrator's login closes it (certify_waiting)."""
    at = at or utc_stamp()
    closed = []
    for cert in certs(conn):
        if cert.user == user and cert.until_at is None:
            if cert.cert is not None and admins_private is None:
                continue
            # a waiting period stays waiting: closing it must not certify it
            _store_cert(conn, replace(cert, until_at=at),
                        admins_private if cert.cert is not None else None)
            closed.append(cert.public)
    return closed


def certify_waiting(conn: Connection, admins_private: bytes,
                    holder: Signer | None = None) -> tuple[list[str], list[str]]:
    """An administrator's login certifies the keys users made at their own login (trusted
    as they are then, like the users table before signed roles), as long as the period
    is open, claims the role the user's signed users row gives them, and the user has no
    certified key already; the administrator's own waiting key (`holder`, which they
    just unwrapped) replaces any other they had. Returns the key ids certified and those
    refused."""
    admins = roles.public_of(admins_private)
    done, refused = [], []
    for cert in certs(conn):
        if cert.cert is not None:
            continue
        if holder is not None and (cert.user, cert.key_id) == (holder.user, holder.key_id):
            for other in certs(conn):
                if other.user == cert.user and other.until_at is None and \
                        other.key_id != cert.key_id and other.cert is not None:
                    _store_cert(conn, replace(other, until_at=utc_stamp()), admins_private)
        every = certs(conn)
        has_one = any(c.user == cert.user and c.cert is not None and c.until_at is None
                      for c in every)
        if cert.until_at is None and not has_one and open_role(conn, cert.user) == cert.role \
                and roles.row_holds(conn, admins, cert.user):
            _store_cert(conn, cert, admins_private)
            done.append(cert.key_id)
        else:
            refused.append(cert.key_id)
    return done, refused


def resign(conn: Connection, old_public: str, admins_private: bytes) -> None:
    """A new administrators' key: certify again what the old one certified."""
    db = roles.db_id(conn)
    for cert in certs(conn):
        if cert.cert is not None and (not old_public or cert.certified(db, old_public)):
            _store_cert(conn, cert, admins_private)


def open_role(conn: Connection, user: str) -> str | None:
    row = conn.execute("SELECT role FROM users WHERE name = ?", (user,)).fetchone()
    return str(row[0]) if row else None


# ---------------------------------------------------------------- administrators' actions

ADMIN_ACTIONS = frozenset({"purge", "restore", "rekey", "unlock", "signing_key",
                           "roles_tampered", "settings", "code_list", "import", "certify"})


def is_admin_action(user: str, action: str, kind: str | None, uuid: str | None,
                    changes: dict[str, list[object]] | None, detail: str | None) -> bool:
    """Whether only an administrator may have done what the row records (store.ADMIN_ONLY
    and Users): the trail accepts it only with an administrator's signature."""
    if action in ADMIN_ACTIONS:
        return True
    if action == "export":  # a knowledge pack is for everyone; every record only for admins
        return not (detail or "").startswith("knowledge pack:")
    if action == "handover":
        return (detail or "").startswith("personal yes")
    if kind == "user":
        if action in ("create", "delete"):
            return True
        if action == "update":
            if changes and ({"role", "disabled"} & set(changes)):
                return True
            return detail == "password changed" and uuid != user
    return False
