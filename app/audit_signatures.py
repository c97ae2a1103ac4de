"""Who signed each audit row, checked (`madoguchi audit verify`, app/audit_cli.py).

From the moment signing began (setting signing.SIGNED_FROM) every row must carry the acting
user's signature over its hash, made with a key certified for that user at that time
(signing_keys), except the rows written while no user was logged in (failed logins, a
refused login), which are marked signing.NOBODY. A row that only an administrator may
cause (signing.is_admin_action: role changes, disabled users, settings, code lists, purge,
export of every record, import, restore, …) must be signed with a key certified with the
administrator role. The certificates themselves must verify with the administrators'
public key (app/roles.py).
"""

from __future__ import annotations

import json
from collections import defaultdict

from app import roles, signing
from app.store import Store

_BATCH = 5000
MAX_LINES = 50  # the first problems are named; the rest are counted


def problems(store: Store) -> list[str]:
    """One line per row whose signature is missing where one is required, does not verify,
    or is not an administrator's where the row needs one; and for forged certificates."""
    since = store.setting(signing.SIGNED_FROM)
    db_id = roles.db_id(store.conn)
    admins = roles.stored_public(store.conn)
    by_key: dict[str, list[signing.Cert]] = defaultdict(list)
    out: list[str] = []
    with store._lock:
        all_certs = signing.certs(store.conn)
    for cert in all_certs:
        if cert.cert is not None and not cert.certified(db_id, admins):
            out.append(f"the key {cert.key_id} of {cert.user} carries a certificate that does "
                       "not verify with the administrators' key")
            continue
        by_key[cert.key_id].append(cert)
    last = 0
    while True:
        rows = store.query(
            "SELECT id, at, user, action, record_kind, record_uuid, changes, detail, hash, "
            "signer, signature FROM audit WHERE id > ? ORDER BY id LIMIT ?", (last, _BATCH))
        for row in rows:
            line = _row_problem(row, since, by_key)
            if line is not None:
                out.append(line)
        if len(rows) < _BATCH:
            break
        last = int(rows[-1][0])
    if len(out) > MAX_LINES:
        out = [*out[:MAX_LINES], f"and {len(out) - MAX_LINES} more"]
    return out


def _row_problem(row: tuple[object, ...], since: str,
                 by_key: dict[str, list[signing.Cert]]) -> str | None:
    row_id, at, user, action, kind, uuid, changes, detail, hash_, signer, signature = row
    at, user, action = str(at), str(user), str(action)
    name = f"row {row_id} ({action} by {user})"
    if signer == signing.NOBODY:
        if action in signing.NOBODY_ACTIONS and signature is None:
            return None
        return f"{name} claims that no user was logged in, which only a failed login may"
    if signer is None:
        if since and at >= since:
            return f"{name} is not signed, though every row since {since} must be"
        return None
    parsed = None
    if changes and kind == "user":  # only users rows need their changes read
        try:
            parsed = json.loads(str(changes))
        except ValueError:
            parsed = None
    admin_only = signing.is_admin_action(user, action, None if kind is None else str(kind),
                                         None if uuid is None else str(uuid), parsed,
                                         None if detail is None else str(detail))
    candidates = [c for c in by_key.get(str(signer), []) if c.user == user and c.covers(at)]
    if not candidates:
        return f"{name} is signed with a key that was not {user}'s at that time"
    if not signing.verifies(candidates[0].public, str(hash_),
                            None if signature is None else str(signature)):
        return f"{name}: its signature does not verify"
    if admin_only and not any(c.role == "admin" and c.cert is not None for c in candidates):
        return f"{name} is an administrator's action signed with a key that is not an " \
               "administrator's"
    return None
