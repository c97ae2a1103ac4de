"""The check of a Madoguchi export before it is imported (docs/data-format.md): every
record and field, the references, the tombstones; a format_version 1 file read by renaming
its fields. The first problem is one sentence naming the record and the field, never a
value."""

from __future__ import annotations

import re
import uuid as uuid_module
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import (
    exchange_export,
    kinds,
    validation,
)
from app.errors import MadoguchiError, Translatable
from app.files import read_json_object
from app.knowledge import KbEntry, KbText
from app.knowledge import validate as validate_kb_entry
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.records import (
    Accompaniment,
    BridgePerson,
    Consultation,
    Organisation,
    Resident,
    Session,
    SnsContact,
)
from app.store import Store

FORMAT = "madoguchi-export"
FORMAT_VERSION = 2
READS = (1, 2)
STAMPS = exchange_export.STAMPS
KINDS = exchange_export.KINDS
IDENTITY = exchange_export.IDENTITY
# format_version 1 called the references by the record they point at
V1_NAMES = {"resident": "resident_uuid", "referral_organisation": "referral_organisation_uuid",
            "consultation": "consultation_uuid", "organisation": "organisation_uuid",
            "attendees": "attendee_uuids"}

# field -> (python type(s), required); every other field in a record is an error. Read from
# the kinds' definitions (app/kinds.py: each field's type, required, export name).
FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    kind.file_key: kind.file_fields() for kind in (*kinds.EXPORTED, kinds.KB_ENTRY)}
_UUID_LIKE = re.compile(r"[0-9A-Fa-f-]{8,64}")
REFS = {"resident_uuid": "residents", "referral_organisation_uuid": "organisations",
        "consultation_uuid": "consultations", "organisation_uuid": "organisations"}
TOMBSTONE = ("kind", "uuid", "deleted_at", "deleted_by", "device_id", "version")


ADDED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors", "Some of these records were added to the database while the file was being "
    "imported (the same file imported twice at once?). Nothing was imported.")
WRONG_TYPE = QT_TRANSLATE_NOOP("errors", "%1, field '%2': has the wrong type. Nothing was "
                                          "imported.")


class ImportError_(MadoguchiError):
    """The file cannot be imported; nothing was changed."""


# ---------------------------------------------------------------- import

class _Codes:
    """The database's code lists plus those the file brings."""

    def __init__(self, store: Store, extra: list[dict[str, Any]]) -> None:
        self.known = {(r[0], r[1]) for r in store.query("SELECT list, code FROM code_items")}
        self.known |= {(c["list"], c["code"]) for c in extra}

    def has(self, list_name: str, code: str) -> bool:
        return (list_name, code) in self.known


def _fail(kind: str, index: int, uuid: object, field: str, template: str,
          *params: object) -> ImportError_:
    """The message names the record (its place in the file, and its UUID when it looks like
    one) and the field, never the value: a file's values may be personal data, and the
    message goes to the screen and into logs. `template` has the record as %1 and the field
    as %2, then `params`."""
    shown = isinstance(uuid, str) and _UUID_LIKE.fullmatch(uuid)
    label = f"{kind}[{index}]" + (f" (uuid {uuid})" if shown else "")
    return ImportError_(template, label, field, *params)


# A validator's message (context "validation") about a field of a record in the file.
INVALID_FIELD = QT_TRANSLATE_NOOP("errors", "%1, field '%2': %3 Nothing was imported.")


def load_file(path: Path) -> dict[str, Any]:
    return read_json_object(path, ImportError_, "a Madoguchi export")


def total_records(data: dict[str, Any]) -> int:
    return sum(len(data[k]) for k in KINDS if isinstance(data.get(k), list))


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A format_version 1 file as version 2 (its references renamed); others unchanged."""
    if data.get("format_version") != 1 or isinstance(data.get("format_version"), bool):
        return data
    out = {**data, "format_version": FORMAT_VERSION}
    for kind in KINDS:
        records = data.get(kind)
        if not isinstance(records, list):
            continue
        renamed: list[Any] = []
        for rec in records:
            if isinstance(rec, dict):
                rec = {V1_NAMES.get(k, k): v for k, v in rec.items()}
                links = rec.get("links")
                if kind == "residents" and isinstance(links, list):
                    rec["links"] = [{("related_uuid" if k == "related" else k): v
                                     for k, v in link.items()}
                                    if isinstance(link, dict) else link for link in links]
            renamed.append(rec)
        out[kind] = renamed
    return out


def check(store: Store, data: dict[str, Any], progress: Progress = NO_PROGRESS) -> None:
    """Raise ImportError_ naming the first bad record and field; return if all is well."""
    if data.get("format") != FORMAT:
        raise ImportError_(QT_TRANSLATE_NOOP(
            "errors", "The file is not a Madoguchi export (field 'format'). Nothing was "
            "imported."))
    version = data.get("format_version")
    if version not in READS or isinstance(version, bool):
        shown = version if isinstance(version, int) and not isinstance(version, bool) else "?"
        raise ImportError_(QT_TRANSLATE_NOOP(
            "errors", "The file has format version %1; this Madoguchi reads version %2. "
            "Nothing was imported."), shown, " / ".join(map(str, READS)))
    data = upgrade(data)
    items = data.get("code_items", [])
    if not isinstance(items, list):
        raise ImportError_(QT_TRANSLATE_NOOP(
            "errors", "Field 'code_items' must be a list. Nothing was imported."))
    for i, item in enumerate(items):
        if not (isinstance(item, dict) and all(isinstance(item.get(k), str) and item.get(k)
                                               for k in ("list", "code", "label_ja",
                                                         "label_en"))):
            raise _fail("code_items", i, None, "code", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': needs list, code, label_ja, label_en. Nothing was "
                "imported."))
        order = item.get("sort_order", 0)
        if not isinstance(order, int) or isinstance(order, bool) or \
                not -SORT_ORDER_MAX <= order <= SORT_ORDER_MAX or \
                not isinstance(item.get("active", True), bool):
            raise _fail("code_items", i, None, "sort_order", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': sort_order must be a whole number and active true "
                "or false. Nothing was imported."))
    codes = _Codes(store, items)
    seen: dict[str, set[str]] = {}
    done, total = 0, 2 * total_records(data)
    for kind in KINDS:
        records = data.get(kind, [])
        if not isinstance(records, list):
            raise ImportError_(QT_TRANSLATE_NOOP(
                "errors", "Field '%1' must be a list. Nothing was imported."), kind)
        existing = {r[0] for r in store.query(f"SELECT uuid FROM {kind}")}
        seen[kind] = set()
        for i, rec in enumerate(records):
            done += 1
            progress.tick(done, total)
            _check_record(kind, i, rec, existing, seen, store, codes)
            seen[kind].add(rec["uuid"])
    for i, rec in enumerate(data.get("residents", [])):  # links may point further down
        if any(link["related_uuid"] not in seen["residents"]
               and not _exists(store, "residents", link["related_uuid"])
               for link in rec.get("links", [])):
            raise _fail("residents", i, rec["uuid"], "links", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': refers to a resident that is neither in the file "
                "nor in the database. Nothing was imported."))
    _check_tombstones(store, data, seen)


def _check_tombstones(store: Store, data: dict[str, Any], seen: dict[str, set[str]]) -> None:
    stones = data.get("tombstones", [])
    if not isinstance(stones, list):
        raise ImportError_(QT_TRANSLATE_NOOP(
            "errors", "Field '%1' must be a list. Nothing was imported."), "tombstones")
    everywhere = set().union(*seen.values())
    for i, stone in enumerate(stones):
        uuid = stone.get("uuid") if isinstance(stone, dict) else None

        def fail(name: str, uuid: object = uuid, i: int = i) -> ImportError_:
            return _fail("tombstones", i, uuid, name, WRONG_TYPE)

        if not isinstance(stone, dict) or set(stone) != set(TOMBSTONE):
            raise fail("*")
        if not isinstance(uuid, str) or not _is_uuid(uuid):
            raise fail("uuid", None)
        if stone["kind"] not in KINDS:
            raise fail("kind")
        for name in ("deleted_at", "deleted_by", "device_id"):
            if not isinstance(stone[name], str) or len(stone[name]) > 64:
                raise fail(name)
        if not _is_stamp(stone["deleted_at"]):
            raise fail("deleted_at")
        version = stone["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise fail("version")
        if uuid in everywhere or _exists(store, stone["kind"], uuid):
            raise _fail("tombstones", i, uuid, "uuid", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': a deleted record that is also in the file or in "
                "the database. Nothing was imported."))


SORT_ORDER_MAX = 2 ** 31


def _is_uuid(text: str) -> bool:
    try:
        return len(text) == 36 and str(uuid_module.UUID(text)) == text.lower()
    except ValueError:
        return False


def _is_stamp(text: str) -> bool:
    if not 10 <= len(text) <= 40:
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _exists(store: Store, table: str, uuid: str) -> bool:
    return store.query_one(f"SELECT 1 FROM {table} WHERE uuid = ?", (uuid,)) is not None


def _check_record(kind: str, i: int, rec: Any, existing: set[str], seen: dict[str, set[str]],
                  store: Store, codes: _Codes) -> None:
    if not isinstance(rec, dict):
        raise _fail(kind, i, None, "*", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': is not an object. Nothing was imported."))
    uuid = rec.get("uuid")

    def fail(field: str, template: str, *params: object) -> ImportError_:
        return _fail(kind, i, uuid, field, template, *params)

    if not isinstance(uuid, str) or len(uuid) < 8:
        raise fail("uuid", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': missing or not a text. Nothing was imported."))
    if not _is_uuid(uuid):
        uuid = None  # not shown: it may be any text
        raise fail("uuid", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': not a UUID. Nothing was imported."))
    if uuid in seen[kind]:
        raise fail("uuid", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': appears twice in the file. Nothing was imported."))
    if uuid in existing:
        raise fail("uuid", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': this record is already in the database. Nothing was "
            "imported."))
    spec = FIELDS[kind]
    for name in rec:
        if name not in spec and name not in STAMPS and name not in IDENTITY and \
                name != "uuid":
            raise fail(name, QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': unknown field. Nothing was imported."))
    for name, (types, required) in spec.items():
        if name not in rec:
            if required:
                raise fail(name, QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': missing. Nothing was imported."))
            continue
        value = rec[name]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise fail(name, WRONG_TYPE)
    for name in STAMPS:
        if not isinstance(rec.get(name, ""), str):
            raise fail(name, WRONG_TYPE)
    version = rec.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**53:
        raise fail("version", WRONG_TYPE)
    if not isinstance(rec.get("device_id", ""), str) or len(rec.get("device_id", "")) > 64:
        raise fail("device_id", WRONG_TYPE)
    for name in ("created_at", "updated_at"):
        if name in rec and not _is_stamp(rec[name]):
            raise fail(name, QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': not a date and time. Nothing was imported."))
    for name in ("created_by", "updated_by"):
        if len(rec.get(name, "")) > 64:
            raise fail(name, QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': longer than a user name can be. Nothing was "
                "imported."))
    for name, table in REFS.items():
        target = rec.get(name)
        if name in spec and target is not None and target not in seen[table] \
                and not _exists(store, table, target):
            raise fail(name, QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': refers to a record that is neither in the file nor "
                "in the database. Nothing was imported."))
    if kind == "residents":
        for link in rec.get("links", []):
            if not (isinstance(link, dict) and isinstance(link.get("related_uuid"), str)
                    and isinstance(link.get("relation"), str) and len(link) == 2):
                raise fail("links", QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': each link needs 'related' and 'relation'. "
                    "Nothing was imported."))
            if link["related_uuid"] == uuid:
                raise fail("links", QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': a resident cannot be linked to themselves. "
                    "Nothing was imported."))
    lists = {"sessions": ("attendee_uuids", "residents"),
             "kb_entries": ("organisation_uuids", "organisations")}
    if kind in lists:
        name, table = lists[kind]
        for att in rec.get(name, []):
            if not isinstance(att, str) or (att not in seen[table]
                                             and not _exists(store, table, att)):
                raise fail(name, QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': refers to a resident that is not there. "
                    "Nothing was imported."))
    errors = _validate(kind, rec, codes)
    if errors:
        name, message = next(iter(errors.items()))
        raise fail(name, INVALID_FIELD, Translatable("validation", message))


def _sns(values: list[Any]) -> list[SnsContact]:
    if not all(isinstance(v, dict) and set(v) == {"app", "handle"} for v in values):
        raise TypeError
    return [SnsContact(str(v["app"]), str(v["handle"])) for v in values]


def _validate(kind: str, rec: dict[str, Any], codes: _Codes) -> dict[str, str]:
    for key in ("languages", "topics"):
        if key in rec and not all(isinstance(v, str) for v in rec[key]):
            return {key: QT_TRANSLATE_NOOP("validation", "must be a list of codes.")}
    fields = {k: v for k, v in rec.items() if k in FIELDS[kind]}
    try:
        if kind == "organisations":
            return validation.validate_organisation(Organisation(**fields), codes)
        if kind == "bridge_persons":
            fields["sns"] = _sns(fields.get("sns", []))
            return validation.validate_bridge_person(BridgePerson(**fields), codes)
        if kind == "residents":
            fields.pop("links", None)
            fields["sns"] = _sns(fields.get("sns", []))
            errors = validation.validate_resident(Resident(**fields), codes, date.max)
            if any(not codes.has("relation", link["relation"]) for link in rec.get("links", [])):
                errors["links"] = validation.UNKNOWN_CODE
            return errors
        if kind == "kb_entries":
            texts = fields.pop("texts", [])
            fields.pop("organisation_uuids", None)
            if not all(isinstance(t, dict) and set(t) == {"language", "question", "answer"}
                       and all(isinstance(v, str) for v in t.values()) for t in texts):
                return {"texts": QT_TRANSLATE_NOOP(
                    "validation", "Each language needs a question and an answer.")}
            return validate_kb_entry(KbEntry(texts=[KbText(**t) for t in texts], **fields),
                                     codes)  # type: ignore[arg-type]
        if kind == "consultations":
            fields["resident_id"] = 0 if fields.pop("resident_uuid", None) else None
            fields.pop("referral_organisation_uuid", None)
            return validation.validate_consultation(Consultation(**fields), codes)
        if kind == "accompaniments":
            for key in ("resident_uuid", "consultation_uuid", "organisation_uuid"):
                fields.pop(key, None)
            return validation.validate_accompaniment(Accompaniment(resident_id=0, **fields),
                                                     codes)
        heads = fields.pop("headcounts", {})
        fields.pop("attendee_uuids", None)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in heads.values()):
            return {"headcounts": QT_TRANSLATE_NOOP("validation", "counts must be whole numbers.")}
        return validation.validate_session(Session(headcounts=heads, **fields), codes)
    except TypeError:
        return {"sns": QT_TRANSLATE_NOOP(
            "validation", "each contact needs exactly 'app' and 'handle'.")}


