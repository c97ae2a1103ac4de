"""`madoguchi audit verify`: check the audit trail's hash chain from the command line.

app/cli.py adds these arguments with `add_arguments(sub, common)` and, for the command
"audit", calls `run(args, services)`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services


def add_arguments(sub: Any, common: argparse.ArgumentParser) -> None:
    """`sub` is the subparsers object of the main parser; `common` the parent parser with
    --db and --user."""
    parser = sub.add_parser("audit", help="check the audit trail")
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    actions.add_parser("verify", parents=[common],
                       help="name the first audit row that was altered or removed")


def run(args: argparse.Namespace, services: Services) -> int:
    """0 when the chain is intact, matches every checkpoint kept (in the database, the
    key file and the backups' key files) and every row is signed as it must be (app/
    audit_signatures.py); 1 otherwise, with a line for each thing found."""
    from app import audit, audit_signatures, checkpoints

    if getattr(args, "audit_action", "verify") != "verify":
        raise ValueError(f"unknown audit action {args.audit_action!r}")
    broken = audit.verify(services.store)
    # found at a login (which records it and moves the checkpoint on), or found now
    lost = [f"{detail} (found at {when})" for when, detail in services.store.query(
        "SELECT at, detail FROM audit WHERE action = ? ORDER BY id", (checkpoints.TRUNCATED,))]
    lost += checkpoints.problems(services.store, backups=True)
    lost += audit_signatures.problems(services.store)
    lost += _roles_problems(services)
    for line in lost:
        print(f"audit trail: {line}")
    if broken is None and not lost:
        print(f"audit trail intact ({audit.count(services.store)} rows; checkpoints in "
              f"{len(checkpoints.kept(services.store, backups=True))} places agree)")
        return 0
    if broken is not None:
        print(f"audit row {broken} was altered or removed")
    return 1


def _roles_problems(services: Services) -> list[str]:
    """The administrators' public key, which certifies every user's key and role, must be
    the same in the database and in the key file, and every users row must verify with it
    (a login checks only the row of the user logging in)."""
    from app import keyslots, roles

    store = services.store
    inside = roles.stored_public(store.conn)
    if not inside:
        return []  # made before signed roles, and no administrator has logged in since
    found = [f"the users row of {name} does not verify (changed outside Madoguchi)"
             for name in roles.names(store.conn) if not roles.row_holds(store.conn, inside, name)]
    if store.path is not None and keyslots.key_path(store.path).exists():
        outside = keyslots.KeyFile.load(keyslots.key_path(store.path)).admin_public
        if outside and outside != inside:
            found.append("the administrators' public key differs between the database and "
                         "the key file")
    return found
