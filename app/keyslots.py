"""The database key, kept only sealed or wrapped, in a small file beside the database
(`<db>.keys`).

The database is a SQLCipher file encrypted with a random 256-bit raw key. The key file holds
that key once per user and once for the recovery code: each slot has its own X25519 key
pair, whose private half is wrapped (AES-256-GCM) under a key derived from the password
with argon2id, and the database key is sealed to its public half, so an administrator can
put a new key in every slot without the passwords (re-keying when a user is disabled).
Slots of an older Madoguchi wrap the key itself and change at the next login. An
administrator's slot also wraps the administrators' signing key (app/roles.py). The file
also keeps the login lockout state, so that a lockout survives a restart, the failed logins
and lockouts not yet written to the audit trail (the database cannot be opened at the time
they happen), and a checkpoint of the trail (app/checkpoints.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from app.errors import MadoguchiError
from app.files import write_atomically
from app.marks import QT_TRANSLATE_NOOP

# argon2 and the ciphers are imported in the functions that use them: the login screen reads
# the key file (KeyFile.load) before it draws, and needs neither until the password is given.

# A demo town's password, shown on its login screen (KeyFile.demo); kept here, not in
# app.demo, so that the login screen does not load the demo town's data to show it.
DEMO_PASSWORD = "demo"

FORMAT = "madoguchi-keys"
KEY_BYTES = 32
RECOVERY = "recovery"
PENDING_MAX = 1000  # audit events kept for the next login; the oldest go first beyond this
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
DAMAGED = QT_TRANSLATE_NOOP("errors", "The key file %1 is damaged.")
WRONG_SECRET = QT_TRANSLATE_NOOP("errors", "The user name or password is not right.")


class KeyFileError(MadoguchiError):
    """The key file is missing, unreadable or does not belong to the database."""


class WrongSecret(MadoguchiError):  # noqa: N818 (a user's mistake, not a program error)
    """The password or recovery code does not unwrap the key."""


def _new_id() -> str:
    import uuid  # (with platform) only when a key file is made, not when one is read

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Kdf:
    """argon2id parameters. The defaults meet the issue's floor: 19 MiB of memory, t=2."""

    memory_kib: int = 19 * 1024
    time_cost: int = 2
    parallelism: int = 1

    def derive(self, secret: str, salt: bytes) -> bytes:
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=self.time_cost,
                               memory_cost=self.memory_kib, parallelism=self.parallelism,
                               hash_len=KEY_BYTES, type=Type.ID)


# argon2id parameters a key file may ask for: beyond them it is damaged (64 GiB of memory
# would stop the program; one pass with less than 1 MiB would be no guard at all).
KDF_BOUNDS = {"memory_kib": (1024, 1024 * 1024), "time_cost": (1, 16), "parallelism": (1, 16)}
MAX_FILE_BYTES = 4 * 1024 * 1024


def _bounded(raw: Any) -> Kdf:
    if not isinstance(raw, dict) or set(raw) != set(KDF_BOUNDS):
        raise ValueError("kdf")
    for name, (low, high) in KDF_BOUNDS.items():
        value = raw[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(name)
    return Kdf(**raw)


def _checksum(data: dict[str, Any]) -> str:
    """Tells accidental damage from a wrong password (it is no protection: anyone who can
    write the file can recompute it)."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


@dataclass
class Slot:
    name: str        # a user name, or RECOVERY
    salt: str        # base64
    nonce: str       # base64
    wrapped: str     # base64: AES-GCM(key), with the database id and name as associated data
    # administrators (and the recovery code) only: the administrators' signing key
    # (app/roles.py), under the same password
    admin_nonce: str = ""
    admin_wrapped: str = ""
    # A sealed slot (every slot written by this version; `wrapped` is then ""): the user's
    # X25519 key pair, its private half under the password, and the database key sealed to
    # its public half, so that the key can be changed for every user without their
    # passwords (re-keying when a user is disabled). `sealed_next` holds the next key while
    # the database is being re-keyed.
    x_public: str = ""
    x_nonce: str = ""
    x_wrapped: str = ""
    sealed: str = ""
    sealed_next: str = ""
    # the user's own Ed25519 signing key (app/signing.py), under the same password only
    sign_nonce: str = ""
    sign_wrapped: str = ""

    @property
    def is_sealed(self) -> bool:
        return bool(self.x_public)


SEALED_BYTES = 32 + 12 + KEY_BYTES + 16  # ephemeral public key, nonce, key, tag


def _hkdf(shared: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(
        shared)


def seal(public_b64: str, key: bytes, info: bytes) -> str:
    """`key` for the holder of the X25519 private key of `public_b64` only."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(public_b64)))
    nonce = os.urandom(12)
    box = AESGCM(_hkdf(shared, info)).encrypt(nonce, key, info)
    return _b64(ephemeral.public_key().public_bytes_raw() + nonce + box)


def open_sealed(private: bytes, sealed: str, info: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = _unb64(sealed)
    shared = X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(raw[:32]))
    return AESGCM(_hkdf(shared, info)).decrypt(raw[32:44], raw[44:], info)


@dataclass
class LockState:
    failures: int = 0
    retry_after: float = 0.0   # Unix time before which no attempt is taken
    locked: bool = False       # until an administrator unlocks


def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_recovery_code() -> str:
    """Six groups of five characters, easy to read out and type: about 150 bits."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(30))
    return "-".join(chars[i:i + 5] for i in range(0, 30, 5))


def normalise_recovery_code(code: str) -> str:
    letters = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(letters[i:i + 5] for i in range(0, len(letters), 5))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeyFile:
    path: Path
    db_id: str = field(default_factory=_new_id)
    kdf: Kdf = field(default_factory=Kdf)
    slots: list[Slot] = field(default_factory=list)
    lockout: dict[str, LockState] = field(default_factory=dict)
    demo: bool = False  # a demo town: the login screen may show the demo credentials
    # audit events ({"at", "user", "action", "detail"}) waiting for the next successful login
    pending: list[dict[str, str]] = field(default_factory=list)
    # the head of the audit trail at the last login or logout (app/checkpoints.py)
    checkpoint: dict[str, Any] | None = None
    # the public half of the administrators' signing key (base64; "" before there is one)
    admin_public: str = ""
    admin_public_next: str = ""   # while a new signing key is being put in place
    # the same, signed by an administrator at their last login or logout
    signed_checkpoint: dict[str, Any] | None = None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyFileError(QT_TRANSLATE_NOOP(
                "errors", "The key file %1 is missing beside the database, so the database "
                "cannot be opened."), path.name) from None
        except (OSError, ValueError, RecursionError):
            raise KeyFileError(DAMAGED, path.name) from None
        try:
            if data["format"] != FORMAT:
                raise ValueError(data["format"])
            check = data.pop("check", None)
            if check is not None and check != _checksum(data):
                raise ValueError("checksum")
            slots = [Slot(**s) for s in data["slots"]]
            for slot in slots:  # a slot whose fields are not what set_slot writes is damage
                if not (isinstance(slot.name, str) and len(_unb64(slot.salt)) == 16
                        and len(_unb64(slot.nonce)) == 12
                        and (len(_unb64(slot.wrapped)) == KEY_BYTES + 16 if not slot.is_sealed
                             else (slot.wrapped == "" and len(_unb64(slot.x_public)) == 32
                                   and len(_unb64(slot.x_wrapped)) == KEY_BYTES + 16
                                   and len(_unb64(slot.sealed)) == SEALED_BYTES
                                   and len(_unb64(slot.sealed_next)) in (0, SEALED_BYTES)))
                        and (slot.admin_wrapped == slot.admin_nonce == "" or (
                            len(_unb64(slot.admin_nonce)) == 12
                            and len(_unb64(slot.admin_wrapped)) == KEY_BYTES + 16))
                        and (slot.sign_wrapped == slot.sign_nonce == "" or (
                            len(_unb64(slot.sign_nonce)) == 12
                            and len(_unb64(slot.sign_wrapped)) == KEY_BYTES + 16))):
                    raise ValueError("slot")
            admin_public = str(data.get("admin_public", ""))
            admin_next = str(data.get("admin_public_next", ""))
            for public in (admin_public, admin_next):
                if public and len(_unb64(public)) != KEY_BYTES:
                    raise ValueError("admin_public")
            return cls(path, str(data["db_id"]), _bounded(data["kdf"]), slots,
                       {k: LockState(**v) for k, v in data.get("lockout", {}).items()},
                       bool(data.get("demo", False)),
                       [{str(k): str(v) for k, v in e.items()}
                        for e in data.get("pending", []) if isinstance(e, dict)],
                       data.get("checkpoint") if isinstance(data.get("checkpoint"), dict)
                       else None, admin_public, admin_next,
                       data.get("signed_checkpoint")
                       if isinstance(data.get("signed_checkpoint"), dict) else None)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeyFileError(DAMAGED, path.name) from None

    def save(self) -> None:
        data = {"format": FORMAT, "version": 1, "db_id": self.db_id, "kdf": asdict(self.kdf),
                "slots": [asdict(s) for s in self.slots],
                "lockout": {k: asdict(v) for k, v in self.lockout.items()}, "demo": self.demo,
                "pending": self.pending[-PENDING_MAX:]}
        if self.checkpoint is not None:
            data["checkpoint"] = self.checkpoint
        if self.signed_checkpoint is not None:
            data["signed_checkpoint"] = self.signed_checkpoint
        if self.admin_public:
            data["admin_public"] = self.admin_public
        if self.admin_public_next:
            data["admin_public_next"] = self.admin_public_next
        data["check"] = _checksum(data)

        def write(fh: IO[bytes]) -> None:
            fh.write(json.dumps(data, indent=1).encode("utf-8"))

        write_atomically(self.path, write)

    def add_pending(self, event: dict[str, str]) -> None:
        """An audit event for the next login to write (the caller saves the file)."""
        self.pending = [*self.pending, event][-PENDING_MAX:]

    def _aad(self, name: str) -> bytes:
        return f"{self.db_id}\x00{name}".encode()

    def names(self) -> list[str]:
        return [s.name for s in self.slots if s.name != RECOVERY]

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)

    def set_slot(self, name: str, secret: str, key: bytes,
                 admin_key: bytes | None = None, sign_key: bytes | None = None) -> None:
        """Wrap `key` (and, for an administrator, the administrators' signing key; and the
        user's own signing key) for `name` under `secret`, replacing any slot of that
        name."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(16), os.urandom(12)
        kek = AESGCM(self.kdf.derive(secret, salt))
        admin_nonce = admin_wrapped = sign_nonce = sign_wrapped = ""
        if admin_key is not None:
            second = os.urandom(12)
            admin_nonce = _b64(second)
            admin_wrapped = _b64(kek.encrypt(second, admin_key, self._admin_aad(name)))
        if sign_key is not None:
            third = os.urandom(12)
            sign_nonce = _b64(third)
            sign_wrapped = _b64(kek.encrypt(third, sign_key, self._aad(name) + b"\x00sign"))
        private = X25519PrivateKey.generate()
        public = _b64(private.public_key().public_bytes_raw())
        x_wrapped = kek.encrypt(nonce, private.private_bytes_raw(), self._aad(name) + b"\x00x")
        self.remove_slot(name)
        self.slots.append(Slot(name, _b64(salt), _b64(nonce), "", admin_nonce, admin_wrapped,
                               public, _b64(nonce), _b64(x_wrapped),
                               seal(public, key, self._aad(name)), "", sign_nonce,
                               sign_wrapped))

    def reseal(self, key: bytes) -> list[str]:
        """Seal `key` as the next key in every sealed slot; returns the names of slots
        written by an older Madoguchi, which cannot take it without their password."""
        for slot in self.slots:
            if slot.is_sealed:
                slot.sealed_next = seal(slot.x_public, key, self._aad(slot.name))
        return [slot.name for slot in self.slots if not slot.is_sealed]

    def settle(self, next_is_current: bool) -> None:
        """After re-keying: the next key becomes the key (or is dropped)."""
        for slot in self.slots:
            if slot.sealed_next:
                if next_is_current:
                    slot.sealed = slot.sealed_next
                slot.sealed_next = ""

    @property
    def rekeying(self) -> bool:
        return any(slot.sealed_next for slot in self.slots)

    def _admin_aad(self, name: str) -> bytes:
        return self._aad(name) + b"\x00admin"

    def drop_admin_keys(self, keep: str) -> None:
        """Take the signing key out of every slot but `keep`'s (after it was replaced)."""
        for slot in self.slots:
            if slot.name != keep:
                slot.admin_nonce = slot.admin_wrapped = ""

    def remove_slot(self, name: str) -> None:
        self.slots = [s for s in self.slots if s.name != name]

    def unwrap(self, name: str, secret: str) -> bytes:
        return self.unwrap_all(name, secret)[0]

    def unwrap_all(self, name: str, secret: str) -> tuple[bytes, bytes | None, bytes | None]:
        """The database key, from an administrator's slot the signing key, and while the
        database is being re-keyed the next key."""
        return self.unwrap_each(name, secret)[:3]

    def unwrap_each(self, name: str, secret: str
                    ) -> tuple[bytes, bytes | None, bytes | None, bytes | None]:
        """unwrap_all, and the user's own signing key (None in a slot without one)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot = self.slot(name)
        if slot is None:
            self.kdf.derive(secret, b"\x00" * 16)  # same cost, so timing tells nothing
            raise WrongSecret(WRONG_SECRET)
        next_key = None
        try:
            kek = AESGCM(self.kdf.derive(secret, _unb64(slot.salt)))
            if slot.is_sealed:
                private = kek.decrypt(_unb64(slot.x_nonce), _unb64(slot.x_wrapped),
                                      self._aad(name) + b"\x00x")
            else:
                key = kek.decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), self._aad(name))
        except (InvalidTag, ValueError):
            raise WrongSecret(WRONG_SECRET) from None
        if slot.is_sealed:
            try:
                key = open_sealed(private, slot.sealed, self._aad(name))
                if slot.sealed_next:
                    next_key = open_sealed(private, slot.sealed_next, self._aad(name))
            except (InvalidTag, ValueError):
                raise KeyFileError(DAMAGED, self.path.name) from None
        admin_key = None
        if slot.admin_wrapped:
            try:
                admin_key = kek.decrypt(_unb64(slot.admin_nonce), _unb64(slot.admin_wrapped),
                                        self._admin_aad(name))
            except (InvalidTag, ValueError):
                raise KeyFileError(DAMAGED, self.path.name) from None
        sign_key = None
        if slot.sign_wrapped:
            try:
                sign_key = kek.decrypt(_unb64(slot.sign_nonce), _unb64(slot.sign_wrapped),
                                       self._aad(name) + b"\x00sign")
            except (InvalidTag, ValueError):
                raise KeyFileError(DAMAGED, self.path.name) from None
        return key, admin_key, next_key, sign_key
