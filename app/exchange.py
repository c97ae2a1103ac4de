"""Export and import of every record kind as one JSON document (docs/data-format.md).

Import checks the whole file first and then writes it in one transaction: an invalid file
changes nothing, and the message names the record and the field.
"""

from __future__ import annotations

import json
import re
import uuid as uuid_module
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from app import __version__, audit, kinds, migrations, search, validation
from app.db import IntegrityError
from app.errors import MadoguchiError, Translatable
from app.files import read_json_object, write_atomically
from app.jptime import utc_stamp
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
from app.rows import jdump
from app.store import Store

FORMAT = "madoguchi-export"
FORMAT_VERSION = 1
STAMPS = ("created_at", "updated_at", "created_by", "updated_by")
KINDS = ("organisations", "bridge_persons", "residents", "consultations", "accompaniments",
         "sessions")

# field -> (python type(s), required); every other field in a record is an error. Read from
# the kinds' definitions (app/kinds.py: each field's type, required, export name).
FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    kind.file_key: kind.file_fields() for kind in kinds.EXPORTED}
_UUID_LIKE = re.compile(r"[0-9A-Fa-f-]{8,64}")
REFS = {"resident": "residents", "referral_organisation": "organisations",
        "consultation": "consultations", "organisation": "organisations"}


WRONG_TYPE = QT_TRANSLATE_NOOP("errors", "%1, field '%2': has the wrong type. Nothing was "
                                          "imported.")


class ImportError_(MadoguchiError):
    """The file cannot be imported; nothing was changed."""


# ---------------------------------------------------------------- export

def export_data(store: Store, progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    q = store.query
    uuid_of: dict[str, dict[int, str]] = {
        t: dict(q(f"SELECT id, uuid FROM {t}"))  # noqa: S608 - table names are constants
        for t in KINDS}
    stamps = ", ".join(STAMPS)

    def stamped(row: tuple[Any, ...], names: tuple[str, ...]) -> dict[str, Any]:
        return dict(zip(("uuid", *names, *STAMPS), row, strict=True))

    def ref(table: str, row_id: int | None) -> str | None:
        return None if row_id is None else uuid_of[table][row_id]

    def grouped(sql: str) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {}
        for key, *rest in q(sql):
            out.setdefault(key, []).append(rest[0] if len(rest) == 1 else tuple(rest))
        return out

    data: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "schema_version": migrations.schema_version(store.conn),
        "app_version": __version__, "exported_at": utc_stamp(),
        "code_items": [dict(zip(("list", "code", "label_ja", "label_en", "sort_order",
                                 "active"), (*r[:5], bool(r[5])), strict=True))
                       for r in q("SELECT list, code, label_ja, label_en, sort_order, active "
                                  "FROM code_items ORDER BY list, sort_order, code")],
    }
    progress.step(1, 7)
    names: tuple[str, ...] = ("name", "kind", "phone", "email", "address", "languages",
                              "interpreter_available", "notes")
    data["organisations"] = [
        {**(o := stamped(r, names)), "languages": json.loads(o["languages"]),
         "interpreter_available": bool(o["interpreter_available"])}
        for r in q(f"SELECT uuid, {', '.join(names)}, {stamps} FROM organisations ORDER BY id")]
    names = ("name", "languages", "phone", "email", "sns", "area", "notes")
    data["bridge_persons"] = [
        {**(b := stamped(r, names)), "languages": json.loads(b["languages"]),
         "sns": json.loads(b["sns"])}
        for r in q(f"SELECT uuid, {', '.join(names)}, {stamps} FROM bridge_persons ORDER BY id")]
    progress.step(2, 7)
    names = ("family_name", "given_name", "family_name_latin", "given_name_latin", "kana",
             "nationality", "languages", "residence_status", "employer", "district", "sns",
             "arrival_date", "consent_date", "consent_method", "notes", "phone", "birth_date",
             "card_number", "card_expiry")
    links = grouped("SELECT resident_id, related_id, relation FROM resident_links "
                    "ORDER BY resident_id, related_id")
    data["residents"] = [
        {**(p := stamped(r[1:], names)), "languages": json.loads(p["languages"]),
         "sns": json.loads(p["sns"]),
         "links": [{"related": uuid_of["residents"][rel], "relation": how}
                   for rel, how in links.get(r[0], [])]}
        for r in q(f"SELECT id, uuid, {', '.join(names)}, {stamps} FROM residents ORDER BY id")]
    progress.step(3, 7)
    topics = grouped("SELECT consultation_id, topic FROM consultation_topics ORDER BY 1, 2")
    names = ("occurred_at", "minutes", "resident", "nationality", "language", "channel",
             "sns_app", "interpreter", "asked", "done", "referral_organisation", "status",
             "follow_up_date")
    data["consultations"] = [
        {**(c := stamped(r[1:], names)), "resident": ref("residents", c["resident"]),
         "referral_organisation": ref("organisations", c["referral_organisation"]),
         "topics": topics.get(r[0], [])}
        for r in q("SELECT id, uuid, occurred_at, minutes, resident_id, nationality, language,"
                   " channel, sns_app, interpreter, asked, done, referral_org_id, status,"
                   f" follow_up_date, {stamps} FROM consultations ORDER BY id")]
    progress.step(4, 7)
    names = ("date", "time_out", "time_back", "resident", "consultation", "destination_kind",
             "organisation", "facility", "purpose", "outcome", "health_details", "distance_km",
             "transport_cost", "follow_up_date", "department", "accompanied_by", "interpreter")
    data["accompaniments"] = [
        {**(a := stamped(r, names)), "resident": ref("residents", a["resident"]),
         "consultation": ref("consultations", a["consultation"]),
         "organisation": ref("organisations", a["organisation"])}
        for r in q("SELECT uuid, date, time_out, time_back, resident_id, consultation_id,"
                   " destination_kind, organisation_id, facility, purpose, outcome,"
                   " health_details, distance_km, transport_cost, follow_up_date, department,"
                   f" accompanied_by, interpreter, {stamps} FROM accompaniments ORDER BY id")]
    progress.step(5, 7)
    s_topics = grouped("SELECT session_id, topic FROM session_topics ORDER BY 1, 2")
    attendees = grouped("SELECT session_id, resident_id FROM session_attendees ORDER BY 1, 2")
    heads = grouped("SELECT session_id, nationality, count FROM session_headcounts "
                    "ORDER BY 1, 2")
    names = ("date", "start_time", "kind", "title", "languages", "venue", "online",
             "facilitator", "notes")
    data["sessions"] = [
        {**(s := stamped(r[1:], names)), "languages": json.loads(s["languages"]),
         "online": bool(s["online"]), "topics": s_topics.get(r[0], []),
         "attendees": [uuid_of["residents"][i] for i in attendees.get(r[0], [])],
         "headcounts": dict(heads.get(r[0], []))}
        for r in q(f"SELECT id, uuid, {', '.join(names)}, {stamps} FROM sessions ORDER BY id")]
    return data


def write_json_atomically(data: dict[str, Any], out: Path) -> None:
    def write(fh: IO[bytes]) -> None:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    write_atomically(out, write)


def export_file(store: Store, out: Path, progress: Progress = NO_PROGRESS) -> dict[str, int]:
    store.require_admin("export every record")
    if not out.parent.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The folder %1 does not exist."), out.parent)
    data = export_data(store, progress)
    progress.step(6, 7)
    write_json_atomically(data, out)
    counts = {k: len(data[k]) for k in KINDS}
    audit.log(store, "export", detail=f"{out.name}: {_counts_text(counts)}")
    progress.step(7, 7)
    return counts


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


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


def check(store: Store, data: dict[str, Any], progress: Progress = NO_PROGRESS) -> None:
    """Raise ImportError_ naming the first bad record and field; return if all is well."""
    if data.get("format") != FORMAT:
        raise ImportError_(QT_TRANSLATE_NOOP(
            "errors", "The file is not a Madoguchi export (field 'format'). Nothing was "
            "imported."))
    version = data.get("format_version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        shown = version if isinstance(version, int) and not isinstance(version, bool) else "?"
        raise ImportError_(QT_TRANSLATE_NOOP(
            "errors", "The file has format version %1; this Madoguchi reads version %2. "
            "Nothing was imported."), shown, FORMAT_VERSION)
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
        if any(link["related"] not in seen["residents"]
               and not _exists(store, "residents", link["related"])
               for link in rec.get("links", [])):
            raise _fail("residents", i, rec["uuid"], "links", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': refers to a resident that is neither in the file "
                "nor in the database. Nothing was imported."))


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
        if name not in spec and name not in STAMPS and name != "uuid":
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
            if not (isinstance(link, dict) and isinstance(link.get("related"), str)
                    and isinstance(link.get("relation"), str)):
                raise fail("links", QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': each link needs 'related' and 'relation'. "
                    "Nothing was imported."))
            if link["related"] == uuid:
                raise fail("links", QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': a resident cannot be linked to themselves. "
                    "Nothing was imported."))
    if kind == "sessions":
        for att in rec.get("attendees", []):
            if not isinstance(att, str) or (att not in seen["residents"]
                                             and not _exists(store, "residents", att)):
                raise fail("attendees", QT_TRANSLATE_NOOP(
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
        if kind == "consultations":
            fields["resident_id"] = 0 if fields.pop("resident", None) else None
            fields.pop("referral_organisation", None)
            return validation.validate_consultation(Consultation(**fields), codes)
        if kind == "accompaniments":
            for key in ("resident", "consultation", "organisation"):
                fields.pop(key, None)
            return validation.validate_accompaniment(Accompaniment(resident_id=0, **fields),
                                                     codes)
        heads = fields.pop("headcounts", {})
        fields.pop("attendees", None)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in heads.values()):
            return {"headcounts": QT_TRANSLATE_NOOP("validation", "counts must be whole numbers.")}
        return validation.validate_session(Session(headcounts=heads, **fields), codes)
    except TypeError:
        return {"sns": QT_TRANSLATE_NOOP(
            "validation", "each contact needs exactly 'app' and 'handle'.")}


def import_data(store: Store, data: dict[str, Any], progress: Progress = NO_PROGRESS,
                backup: Callable[[], object] | None = None) -> dict[str, int]:
    """Check `data`, then add it in one transaction. `backup` is called once the file has
    passed the check and before anything is written (callers pass
    `lambda: app.backup.make_backup(store, "before-import")`); if it raises, nothing is
    imported."""
    store.require_admin("import records")
    store.require_writable()
    check(store, data, progress)
    if backup is not None:
        backup()
    total = 2 * total_records(data)
    done = [total // 2]
    stamp_now = utc_stamp()
    ids: dict[str, dict[str, int]] = {k: {} for k in KINDS}

    def stamps(rec: dict[str, Any]) -> dict[str, str]:
        return {"created_at": rec.get("created_at") or stamp_now,
                "updated_at": rec.get("updated_at") or stamp_now,
                "created_by": rec.get("created_by") or store.user,
                "updated_by": rec.get("updated_by") or store.user}

    def ref(table: str, uuid: str | None, conn: Any) -> int | None:
        if uuid is None:
            return None
        if uuid in ids[table]:
            return ids[table][uuid]
        return int(conn.execute(f"SELECT id FROM {table} WHERE uuid = ?", (uuid,)).fetchone()[0])

    def insert(conn: Any, table: str, rec: dict[str, Any], values: dict[str, Any]) -> int:
        done[0] += 1
        progress.tick(done[0], total)
        values = {"uuid": rec["uuid"], **values, **stamps(rec)}
        cols = ", ".join(values)
        try:
            cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES "
                               f"({', '.join('?' for _ in values)})", tuple(values.values()))
        except IntegrityError:  # added meanwhile, e.g. the same file imported twice at once
            raise ImportError_(QT_TRANSLATE_NOOP(
                "errors", "Some of these records were added to the database while the file "
                "was being imported (the same file imported twice at once?). Nothing was "
                "imported.")) from None
        ids[table][rec["uuid"]] = int(cur.lastrowid)
        return int(cur.lastrowid)

    with store.write() as conn:
        for item in data.get("code_items", []):
            conn.execute("INSERT OR IGNORE INTO code_items (list, code, label_ja, label_en, "
                         "sort_order, active) VALUES (?, ?, ?, ?, ?, ?)",
                         (item["list"], item["code"], item["label_ja"], item["label_en"],
                          int(item.get("sort_order", 0)), int(bool(item.get("active", True)))))
        for rec in data.get("organisations", []):
            oid = insert(conn, "organisations", rec, {
                "name": rec["name"], "kind": rec["kind"], "phone": rec.get("phone", ""),
                "email": rec.get("email", ""), "address": rec.get("address", ""),
                "languages": jdump(rec.get("languages", [])),
                "interpreter_available": int(rec.get("interpreter_available", False)),
                "notes": rec.get("notes", "")})
            search.index_directory_entry(conn, search.KIND_ORGANISATION, oid, rec["name"],
                                         rec.get("address", ""), rec.get("phone", ""),
                                         rec.get("notes", ""))
        for rec in data.get("bridge_persons", []):
            bid = insert(conn, "bridge_persons", rec, {
                "name": rec["name"], "languages": jdump(rec.get("languages", [])),
                "phone": rec.get("phone", ""), "email": rec.get("email", ""),
                "sns": jdump(rec.get("sns", [])), "area": rec.get("area", ""),
                "notes": rec.get("notes", "")})
            search.index_directory_entry(conn, search.KIND_BRIDGE, bid, rec["name"],
                                         rec.get("area", ""), rec.get("phone", ""),
                                         rec.get("notes", ""))
        text = ("family_name", "given_name", "family_name_latin", "given_name_latin", "kana",
                "employer", "district", "notes", "phone", "card_number")
        for rec in data.get("residents", []):
            insert(conn, "residents", rec, {
                **{k: rec.get(k, "") for k in text}, "nationality": rec["nationality"],
                "languages": jdump(rec.get("languages", [])), "sns": jdump(rec.get("sns", [])),
                **{k: rec.get(k) for k in ("residence_status", "arrival_date", "consent_date",
                                           "consent_method", "birth_date", "card_expiry")}})
        for rec in data.get("residents", []):
            for link in rec.get("links", []):
                conn.execute("INSERT OR REPLACE INTO resident_links VALUES (?, ?, ?)",
                             (ids["residents"][rec["uuid"]],
                              ref("residents", link["related"], conn), link["relation"]))
        for rec in data.get("consultations", []):
            cid = insert(conn, "consultations", rec, {
                "occurred_at": rec["occurred_at"], "minutes": rec.get("minutes", 0),
                "resident_id": ref("residents", rec.get("resident"), conn),
                "nationality": None if rec.get("resident") else rec.get("nationality"),
                "language": rec["language"], "channel": rec["channel"],
                "sns_app": rec.get("sns_app"), "interpreter": rec.get("interpreter", "none"),
                "asked": rec.get("asked", ""), "done": rec.get("done", ""),
                "referral_org_id": ref("organisations", rec.get("referral_organisation"), conn),
                "status": rec["status"], "follow_up_date": rec.get("follow_up_date")})
            conn.executemany("INSERT INTO consultation_topics VALUES (?, ?)",
                             [(cid, t) for t in sorted(set(rec["topics"]))])
        for rec in data.get("accompaniments", []):
            insert(conn, "accompaniments", rec, {
                **{k: rec.get(k) for k in ("date", "time_out", "time_back", "destination_kind",
                                           "follow_up_date", "interpreter")},
                **{k: rec.get(k, "") for k in ("facility", "purpose", "outcome",
                                               "health_details", "department",
                                               "accompanied_by")},
                "distance_km": float(rec.get("distance_km", 0)),
                "transport_cost": rec.get("transport_cost", 0),
                "resident_id": ref("residents", rec["resident"], conn),
                "consultation_id": ref("consultations", rec.get("consultation"), conn),
                "organisation_id": ref("organisations", rec.get("organisation"), conn)})
        for rec in data.get("sessions", []):
            sid = insert(conn, "sessions", rec, {
                **{k: rec.get(k, "") for k in ("title", "venue", "facilitator", "notes")},
                "date": rec["date"], "start_time": rec.get("start_time"), "kind": rec["kind"],
                "languages": jdump(rec.get("languages", [])),
                "online": int(rec.get("online", False))})
            conn.executemany("INSERT INTO session_topics VALUES (?, ?)",
                             [(sid, t) for t in sorted(set(rec.get("topics", [])))])
            conn.executemany("INSERT INTO session_attendees VALUES (?, ?)",
                             [(sid, ref("residents", u, conn))
                              for u in sorted(set(rec.get("attendees", [])))])
            conn.executemany("INSERT INTO session_headcounts VALUES (?, ?, ?)",
                             [(sid, n, c) for n, c in sorted(rec.get("headcounts", {}).items())])
        for rid in ids["residents"].values():
            search.index_resident(conn, rid, with_consultations=False)
        for cid in ids["consultations"].values():
            search.index_consultation(conn, cid)
        counts = {k: len(ids[k]) for k in KINDS}
        audit.record(conn, store.user, "import", detail=_counts_text(counts))
        progress.step(total, total)
    return counts
