"""Accounts on a shared laptop: an administrator (the clerk) and staff (the CIR).

Logging in unwraps the database key from the user's slot in the key file; a wrong password
cannot open anything. Failed logins are counted in the key file, so a lockout survives a
restart: after 5 failures a delay that doubles from 30 s up to 15 minutes, after 10 the
account stays locked until an administrator unlocks it. Messages never say whether the
user name or the password was wrong.

Failed logins and lockouts happen while the database is still closed, so they wait in the
key file and go into the audit trail, oldest first, at the next successful login; a name
that is not an account's is kept as UNKNOWN_USER (it may be a password typed in the wrong
box, and the key file is not encrypted).
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app import audit, checkpoints, db, keyslots, roles, signing, user_keys
from app.admin_keys import finish_new_key, restore_public
from app.admin_keys import make_signing_key as make_signing_key  # the CLI's login calls it
from app.errors import MadoguchiError, ValidationError
from app.files import OutputError
from app.jptime import utc_stamp
from app.keyslots import Kdf, KeyFile, WrongSecret
from app.languages import LANGUAGES, check_language
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from app.storage import read_only
from app.store import Store

ROLES = ("admin", "staff")
DELAY_AFTER = 5
LOCK_AFTER = 10
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 15 * 60.0
MIN_PASSWORD = 8
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("validation", "Use at least 8 characters.")
LOGIN_FAILED = QT_TRANSLATE_NOOP("errors", "The user name or password is not right.")
UNKNOWN_USER = "(unknown user)"
STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # app.jptime.utc_stamp


class LoginRefused(MadoguchiError):  # noqa: N818 (the user's situation, not a program error)
    """Wrong credentials, a delay after failures, or a locked account."""


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    user: str
    admin_key: bytes | None = field(default=None, repr=False)  # an administrator's slot
    sign_key: bytes | None = field(default=None, repr=False)   # the user's own (signing.py)


def normalise_name(name: str) -> str:
    """A typed user name as it is kept: NFKC, so a full-width ＡＤＭＩＮ typed with a Japanese
    input method is ADMIN."""
    return unicodedata.normalize("NFKC", name).strip()


def _skeleton(name: str) -> str:
    return normalise_name(name).casefold()


def _scripts(name: str) -> set[str]:
    found = set()
    for ch in name:
        if ch.isalpha():
            found.add(unicodedata.name(ch, "?").split(" ")[0])
    return found


def _usable_name(name: str) -> bool:
    if not name or name != normalise_name(name) or len(name) > 64 or name == keyslots.RECOVERY:
        return False
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
           for ch in name):
        return False  # NUL, bidi overrides, zero-width joiners: names that look like others
    # Latin mixed with Cyrillic or Greek letters looks like a plain Latin name (аdmin)
    return not ("LATIN" in _scripts(name) and _scripts(name) & {"CYRILLIC", "GREEK"})


def _check_new(name: str, password: str, role: str, *, demo: bool = False,
               existing: Sequence[str] = ()) -> None:
    errors: dict[str, str] = {}
    if not _usable_name(name):
        errors["name"] = QT_TRANSLATE_NOOP("validation", "Not a usable user name.")
    elif any(_skeleton(name) == _skeleton(other) and name != other for other in existing):
        errors["name"] = QT_TRANSLATE_NOOP(
            "validation", "Too like the name of another user; choose another.")
    if len(password) < MIN_PASSWORD and not (demo and password):
        errors["password"] = PASSWORD_TOO_SHORT
    if role not in ROLES:
        errors["role"] = QT_TRANSLATE_NOOP("validation", "Not in the code list.")
    if errors:
        raise ValidationError(errors, "user")


def create_database(path: Path, admin: str, password: str, *, kdf: Kdf | None = None,
                    demo: bool = False) -> tuple[Services, str]:
    """A new encrypted database with its first administrator. Returns the open services
    and the recovery code, which is shown once and never stored. A demo town may have a
    short, published password, and its key file says it is a demo."""
    _check_new(admin, password, "admin", demo=demo)
    keys = keyslots.key_path(path)
    if path.exists() or keys.exists():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 already exists; a new database is only made in a new place."), path)
    key = keyslots.new_key()
    code = keyslots.new_recovery_code()
    signer = roles.new_private()
    own = roles.new_private()
    key_file = KeyFile(keys, kdf=kdf or Kdf(), demo=demo, admin_public=roles.public_of(signer))
    key_file.set_slot(admin, password, key, signer, own)
    key_file.set_slot(keyslots.RECOVERY, code, key, signer)
    key_file.save()
    try:
        services = Services.open(path, create=True, user=admin, key=key, role="admin")
    except BaseException:
        keys.unlink(missing_ok=True)
        raise
    with services.store.write() as conn:
        conn.execute("INSERT INTO users (name, role, created_at, created_by) "
                     "VALUES (?, 'admin', ?, ?)", (admin, utc_stamp(), admin))
        conn.execute("INSERT INTO settings VALUES ('db_id', ?)", (key_file.db_id,))
        conn.execute("INSERT INTO settings VALUES (?, ?)",
                     (roles.SETTING, key_file.admin_public))
        roles.sign_row(conn, signer, admin)
        signing.activate(path, signing.Signer(admin, own))
        signing.open_period(conn, admin, roles.public_of(own), "admin", signer)
        audit.record(conn, admin, "create", kind="user", uuid=admin,
                     changes={"role": [None, "admin"]})
        checkpoint = checkpoints.take(services.store, conn)
    services.store.signer = signer
    checkpoints.save_outside(services.store, checkpoint)
    return services, code


def _delay(failures: int) -> float:
    return float(min(FIRST_DELAY_S * 2 ** (failures - DELAY_AFTER), MAX_DELAY_S))


def _save_state(key_file: KeyFile, path: Path) -> None:
    """Save the lockout state; on read-only media it cannot be kept, and the login goes on
    (a lockout there is no guard anyway: see docs/security.md)."""
    try:
        key_file.save()
    except OutputError:
        if not read_only(path):
            raise


def unlock(path: Path, user: str, password: str, *, now: float | None = None) -> Unlocked:
    """Check the lockout, then unwrap the key; record the outcome in the key file."""
    now = time.time() if now is None else now
    user = normalise_name(user)
    key_file = KeyFile.load(keyslots.key_path(path))
    # A name that is not an account's is never written down (it may be a resident's, or a
    # password typed in the wrong box): such attempts share one counter.
    known = user if user in key_file.names() else UNKNOWN_USER
    state = key_file.lockout.get(known, keyslots.LockState())

    def pending(action: str, detail: str) -> None:
        key_file.add_pending({"at": utc_stamp(), "user": known, "action": action,
                              "detail": detail})

    if state.locked:
        pending("login_failed", "account locked")
        _save_state(key_file, path)
        raise LoginRefused(QT_TRANSLATE_NOOP(
            "errors", "This account is locked after too many failed logins; an "
            "administrator can unlock it."))
    if now < state.retry_after:
        pending("login_failed", "waiting after failed logins")
        _save_state(key_file, path)
        raise LoginRefused(QT_TRANSLATE_NOOP(
            "errors", "Too many failed logins: try again in %1 seconds."),
            int(state.retry_after - now) + 1)
    try:
        key, admin_key, next_key, sign_key = key_file.unwrap_each(user, password)
    except WrongSecret:
        state.failures += 1
        pending("login_failed", f"failure {state.failures}")
        if state.failures >= LOCK_AFTER and known != UNKNOWN_USER:  # no admin could unlock it
            state.locked = True
            pending("lockout", "locked until an administrator unlocks")
        elif state.failures >= DELAY_AFTER:
            state.retry_after = now + _delay(state.failures)
            pending("lockout", f"{int(_delay(state.failures))} s")
        key_file.lockout[known] = state
        _save_state(key_file, path)
        raise LoginRefused(LOGIN_FAILED) from None
    if user in key_file.lockout:
        del key_file.lockout[user]
        _save_state(key_file, path)
    if next_key is not None:  # a re-key was interrupted: the file says which key it has
        now_next = db.opens_with(path, next_key) and not db.opens_with(path, key)
        key_file.settle(next_is_current=now_next)
        _save_state(key_file, path)
        key = next_key if now_next else key
    slot = key_file.slot(user)
    if slot is not None and not slot.is_sealed and not read_only(path):
        # into the sealed form (re-keying)
        key_file.set_slot(user, password, key, admin_key, sign_key)
        _save_state(key_file, path)
    return Unlocked(key, user, admin_key, sign_key)


ROLES_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "This login is refused: the list of users was changed outside Madoguchi, so "
    "your role cannot be trusted. An administrator can see it in the audit trail.")


def open_as(path: Path, key: bytes, user: str, admin_key: bytes | None = None,
            sign_key: bytes | None = None) -> Services:
    """Open the database with its key as `user`, with their role; an unknown or disabled
    user is refused like a wrong password, and a user whose signed role does not verify is
    refused with ROLES_CHANGED (app/roles.py). With `sign_key`, the user's rows are signed
    (app/signing.py)."""
    services = Services.open(path, user=user, key=key)
    store = services.store
    try:
        row = store.query_one("SELECT role, disabled FROM users WHERE name = ?", (user,))
        if row is None or row[1]:
            raise LoginRefused(LOGIN_FAILED)
        key_file = KeyFile.load(keyslots.key_path(path))
        with store._lock:
            decision = roles.decide(store.conn, key_file.admin_public,
                                    key_file.admin_public_next, user, admin_key)
        if not decision.allowed:
            if not store.readonly:
                with store.write() as conn:
                    audit.record(conn, user, "login_refused",
                                 detail="; ".join(decision.notes), nobody=True)
            raise LoginRefused(ROLES_CHANGED)
        user_keys.activate(store, sign_key)
        store.role = str(row[0])
        store.signer = decision.signer
        store.notes = list(decision.notes)
        if not store.readonly:
            _check_trail(store)
            if decision.restore_public:
                restore_public(store, key_file, decision)
            elif decision.finish_new_key:
                finish_new_key(store, key_file)
    except BaseException:
        services.close()
        raise
    store.needs_signing_key = decision.new_key and not store.readonly
    return services


def _check_trail(store: Store) -> None:
    """Rows removed or rewritten since the last checkpoints are recorded before this login
    writes any row of its own (which would take the missing ids again)."""
    if checkpoints.problems(store):
        with store.write() as conn:
            checkpoint = checkpoints.take(store, conn)
        checkpoints.save_outside(store, checkpoint)


def login(path: Path, user: str, password: str, *, now: float | None = None) -> Services:
    """Unlock and open the database as `user`, with their role."""
    unlocked = unlock(path, user, password, now=now)
    services = open_as(path, unlocked.key, unlocked.user, unlocked.admin_key,
                       unlocked.sign_key)
    try:
        make_signing_key(services, password)
        record_login(services)
    except BaseException:
        services.close()
        raise
    return services


_PENDING_DETAIL = re.compile(r"failure \d{1,6}|account locked|waiting after failed logins|"
                             r"locked until an administrator unlocks|\d{1,6} s")
KEY_FILE_NOTE = "unverified, from the key file"


def _accepted(event: dict[str, str], users: set[str], after: str, now: str) -> bool:
    """A waiting event as only a failed login can leave it. The key file is not protected
    against someone who can write it, so anything else (another action, a user who is not
    an account, another detail, a time before the trail's last row or in the future) is
    refused rather than written into the trail as if it were true."""
    at = event.get("at", "")
    try:
        datetime.strptime(at, STAMP)
    except ValueError:
        return False
    return (event.get("action") in ("login_failed", "lockout")
            and event.get("user") in users | {UNKNOWN_USER}
            and _PENDING_DETAIL.fullmatch(event.get("detail", "")) is not None
            and after <= at <= now)


def record_login(services: Services, *, detail: str | None = None) -> None:
    """Write the failed logins and lockouts waiting in the key file (oldest first, marked as
    unverified, and a count of any refused), then a "login" row for `services.store.user`;
    then drop the read events from the file."""
    store = services.store
    if store.readonly:  # read-only media: the trail cannot take the row (the docs say so)
        return
    keys = keyslots.key_path(store.path) if store.path is not None else None
    waiting = KeyFile.load(keys).pending if keys is not None and keys.exists() else []
    with store.write() as conn:
        users = {str(r[0]) for r in conn.execute("SELECT name FROM users")}
        last = conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        after, now = (str(last[0]) if last else ""), utc_stamp()
        refused = 0
        for event in waiting:
            if not _accepted(event, users, after, now):
                refused += 1
                continue
            audit.record(conn, event["user"], event["action"],
                         detail=f"{event['detail']}; {KEY_FILE_NOTE}", at=event["at"],
                         nobody=True)
            after = event["at"]
        if refused:
            audit.record(conn, store.user, "key_file_refused",
                         detail=f"{refused} waiting event(s) in the key file were not "
                                "plausible and were not written")
        audit.record(conn, store.user, "login", detail=detail)
        checkpoint = checkpoints.take(store, conn)
    if keys is not None and keys.exists():
        key_file = KeyFile.load(keys)  # read again: another login may have changed it
        key_file.pending = [e for e in key_file.pending if e not in waiting]
        checkpoints.into_key_file(key_file, checkpoint)
        key_file.save()


def logout(services: Services) -> None:
    """A "logout" row and a checkpoint of the trail; the caller closes the services
    afterwards."""
    store = services.store
    if store.readonly:
        return
    with store.write() as conn:
        audit.record(conn, store.user, "logout")
        checkpoint = checkpoints.take(store, conn)
    checkpoints.save_outside(store, checkpoint)
    signing.deactivate(store.path, store.user)


def recover(path: Path, code: str) -> Unlocked:
    """The recovery code opens the database when every password is lost."""
    key_file = KeyFile.load(keyslots.key_path(path))
    secret = keyslots.normalise_recovery_code(code)
    try:
        key, admin_key, next_key = key_file.unwrap_all(keyslots.RECOVERY, secret)
    except WrongSecret:
        raise LoginRefused(QT_TRANSLATE_NOOP(
            "errors", "That recovery code does not open this database.")) from None
    if next_key is not None and db.opens_with(path, next_key) and \
            not db.opens_with(path, key):
        key = next_key
    slot = key_file.slot(keyslots.RECOVERY)
    if slot is not None and not slot.is_sealed and not read_only(path):
        key_file.set_slot(keyslots.RECOVERY, secret, key, admin_key)
        key_file.save()
    return Unlocked(key, keyslots.RECOVERY, admin_key)


class Users:
    """User management, for an administrator. The key is rewrapped, never the data."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store

    def _key_file(self) -> KeyFile:
        if self.store.path is None or self.store.key is None:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "This database is not encrypted, so it has no accounts."))
        return KeyFile.load(keyslots.key_path(self.store.path))

    def _require_admin(self) -> None:
        if self.store.role != "admin":
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "Only an administrator can manage users."))

    def list(self) -> list[tuple[str, str, bool, bool]]:
        """(name, role, disabled, locked) of every user."""
        lockout = self._key_file().lockout
        return [(name, role, bool(disabled), bool(lockout.get(name) and (
                 lockout[name].locked or lockout[name].retry_after > time.time())))
                for name, role, disabled in self.store.query(
                    "SELECT name, role, disabled FROM users ORDER BY name")]

    def _signer(self) -> bytes | None:
        """The signing key for a users row, or None before signing began; an administrator
        who has none while rows are signed (a session opened with the recovery code) is
        asked to log in again first."""
        if self.store.signer is not None:
            return self.store.signer
        if self.store.setting(roles.SETTING):
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "Log out and log in again as an administrator first: this session "
                "cannot sign a change of the users list."))
        return None

    def add(self, name: str, password: str, role: str = "staff") -> None:
        self._require_admin()
        key_file = self._key_file()
        _check_new(name, password, role, demo=key_file.demo, existing=[
            str(r[0]) for r in self.store.query("SELECT name FROM users")])
        if self.store.query_one("SELECT 1 FROM users WHERE name = ?", (name,)):
            raise ValidationError(
                {"name": QT_TRANSLATE_NOOP("validation", "This user already exists.")}, "user")
        signer = self._signer()
        assert self.store.key is not None
        with self.store.write() as conn:
            conn.execute("INSERT INTO users (name, role, created_at, created_by) "
                         "VALUES (?, ?, ?, ?)", (name, role, utc_stamp(), self.store.user))
            if signer is not None:
                roles.sign_row(conn, signer, name)
            own = user_keys.new_for(conn, name, role, signer)
            key_file.set_slot(name, password, self.store.key,
                              signer if role == "admin" else None, own)
            audit.record(conn, self.store.user, "create", kind="user", uuid=name,
                         changes={"role": [None, role]})
        key_file.save()

    def set_password(self, name: str, password: str) -> None:
        if name != self.store.user:
            self._require_admin()
        _check_new(name, password, "staff")
        key_file = self._key_file()
        if key_file.slot(name) is None:
            raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "That user cannot log in."))
        assert self.store.key is not None
        row = self.store.query_one("SELECT role FROM users WHERE name = ?", (name,))
        admin_key = self.store.signer if row is not None and row[0] == "admin" else None
        own = signing.active(self.store.path, name)
        with self.store.write() as conn:
            # a password set by someone else comes with a new signing key: the old one is
            # wrapped under the old password, which is not at hand
            own_key = own.private if own is not None and name == self.store.user else \
                user_keys.new_for(conn, name, str(row[0]) if row else "staff", self.store.signer)
            key_file.set_slot(name, password, self.store.key, admin_key, own_key)
            key_file.save()
        if name == self.store.user:
            signing.activate(self.store.path, signing.Signer(name, own_key))
        audit.log(self.store, "update", kind="user", uuid=name, detail="password changed")

    def disable(self, name: str) -> None:
        """The user's slot is removed: they can no longer unwrap the key."""
        self._require_admin()
        if name == self.store.user:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "You cannot disable your own account."))
        admins = self.store.query_one(
            "SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name <> ?",
            (name,))[0]
        role = self.store.query_one("SELECT role FROM users WHERE name = ?", (name,))
        if role is None:
            raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "There is no such user."))
        if role[0] == "admin" and admins == 0:
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "The last administrator cannot be disabled."))
        signer = self._signer()
        key_file = self._key_file()
        key_file.remove_slot(name)
        key_file.lockout.pop(name, None)
        key_file.save()
        with self.store.write() as conn:
            conn.execute("UPDATE users SET disabled = 1 WHERE name = ?", (name,))
            if signer is not None:
                roles.sign_row(conn, signer, name)
            signing.close_periods(conn, name, signer)
            audit.record(conn, self.store.user, "update", kind="user", uuid=name,
                         changes={"disabled": [False, True]})
        self.rekey(f"{name} disabled")

    def rekey(self, reason: str) -> tuple[str, ...]:
        """A new database key, so that what a former user may have kept (their old key,
        a backup's key file with their slot) no longer opens the live file. The key file
        first holds both keys, then the database is re-encrypted, then the new key becomes
        the key (a login finishes an interrupted re-key). Slots written by an older
        Madoguchi cannot take the new key without their password: then nothing is re-keyed
        and their names are returned (each changes to the new form at its next login).
        Backups keep the old key and the slots they were made with."""
        self._require_admin()
        key_file = self._key_file()
        old = [slot.name for slot in key_file.slots if not slot.is_sealed]
        if old:
            audit.log(self.store, "rekey", detail=f"{reason}; not re-keyed: slots of an older "
                      f"Madoguchi ({', '.join(old)}) change at their next login")
            return tuple(old)
        new = keyslots.new_key()
        key_file.reseal(new)
        key_file.save()
        with self.store._lock:
            db.rekey(self.store.conn, new)
            self.store.key = new
        key_file.settle(next_is_current=True)
        key_file.save()
        audit.log(self.store, "rekey", detail=f"{reason}; the database has a new key")
        return ()

    def grant(self, name: str, role: str) -> None:
        """Give `name` a role, signed: also how an administrator lets a user in again whose
        row no longer verified (after a change outside Madoguchi)."""
        self._require_admin()
        if role not in ROLES:
            raise ValidationError({"role": QT_TRANSLATE_NOOP(
                "validation", "Not in the code list.")}, "user")
        old = self.store.query_one("SELECT role FROM users WHERE name = ?", (name,))
        if old is None:
            raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "There is no such user."))
        signer = self._signer()
        with self.store.write() as conn:
            conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
            if signer is not None:
                roles.sign_row(conn, signer, name)
            if old[0] != role:
                user_keys.role_changed(conn, name, role, signer)
            audit.record(conn, self.store.user, "update", kind="user", uuid=name,
                         changes={"role": [old[0], role]})

    def unlock(self, name: str) -> None:
        self._require_admin()
        key_file = self._key_file()
        key_file.lockout.pop(name, None)
        key_file.save()
        audit.log(self.store, "unlock", kind="user", uuid=name)

    def record_login(self, *, detail: str | None = None) -> None:
        """The "login" row of this session (module function `record_login`)."""
        record_login(self.services, detail=detail)

    def logout(self) -> None:
        """The "logout" row of this session (module function `logout`)."""
        logout(self.services)

    def language(self, name: str) -> str:
        """The user's own UI language code, or "" when they have not chosen one."""
        row = self.store.query_one("SELECT language FROM users WHERE name = ?", (name,))
        return str(row[0]) if row and row[0] in LANGUAGES else ""

    def era_dates(self, name: str) -> bool:
        """Whether the user's Japanese window shows dates in the Japanese era."""
        row = self.store.query_one("SELECT era_dates FROM users WHERE name = ?", (name,))
        return bool(row and row[0])

    def set_era_dates(self, name: str, on: bool) -> None:
        if name != self.store.user:
            self._require_admin()
        with self.store.write() as conn:
            conn.execute("UPDATE users SET era_dates = ? WHERE name = ?", (int(on), name))

    def set_language(self, name: str, language: str) -> None:
        check_language(language)
        if name != self.store.user:
            self._require_admin()
        with self.store.write() as conn:
            old = conn.execute("SELECT language FROM users WHERE name = ?", (name,)).fetchone()
            conn.execute("UPDATE users SET language = ? WHERE name = ?", (language, name))
            if old is not None and old[0] != language:
                audit.record(conn, self.store.user, "update", kind="user", uuid=name,
                             changes={"language": [old[0], language]})
