"""Knowledge packs: one town's published knowledge entries, in one JSON file, for another
town (docs/data-format.md, "Knowledge pack").

A pack carries the published entries and the directory's organisations they point to, and
nothing else: no residents, consultations, bridge persons, drafts, notes or user names.
Import checks the whole pack first, then writes it in one transaction. Entries are matched
by UUID, then by content (same topic and same Japanese question after search
normalisation), so importing the same pack twice adds nothing.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app import __version__, audit, rows, search
from app.codes import CodeBook
from app.db import Connection
from app.errors import MadoguchiError, Translatable
from app.exchange import INVALID_FIELD, WRONG_TYPE, write_json_atomically
from app.files import read_json_object
from app.jptime import utc_stamp
from app.knowledge import KbEntry, KbText, Knowledge, index_entry, validate
from app.marks import QT_TRANSLATE_NOOP
from app.records import Organisation
from app.store import Store
from app.validation import BAD_DATE, validate_organisation

FORMAT = "madoguchi-knowledge-pack"
FORMAT_VERSION = 1
TOWN_FIELDS = ("town", "exported_at", "app_version")  # differ between two towns' exports

# field -> (python type(s), required); any other field in a record is an error.
_STR, _OPT = (str,), (str, type(None))
ENTRY_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "uuid": (_STR, True), "topic": (_STR, True), "texts": ((list,), True),
    "documents": ((list,), False), "organisations": ((list,), False),
    "reviewed_on": (_OPT, False), "source_town": (_STR, False)}
ORGANISATION_FIELDS: dict[str, tuple[tuple[type, ...], bool]] = {
    "uuid": (_STR, True), "name": (_STR, True), "kind": (_STR, True),
    "phone": (_STR, False), "address": (_STR, False), "languages": ((list,), False),
    "interpreter_available": ((bool,), False)}
TEXT_FIELDS = ("language", "question", "answer")
_UUID_LIKE = re.compile(r"[0-9A-Fa-f-]{8,64}")
_O_COLUMNS = ("name", "kind", "phone", "address", "languages", "interpreter_available")


TWICE = QT_TRANSLATE_NOOP(
    "errors", "%1, field '%2': appears twice in the pack. Nothing was imported.")


class PackError(MadoguchiError):
    """The pack cannot be read or imported; nothing was changed."""


@dataclass(frozen=True)
class PackItem:
    """One entry of a pack, as the preview shows it."""

    uuid: str               # the pack's
    topic: str
    question: str           # Japanese
    local_id: int | None    # the matching entry here, None when new


@dataclass
class PackPreview:
    town: str
    new: list[PackItem] = field(default_factory=list)
    changed: list[PackItem] = field(default_factory=list)
    unchanged: list[PackItem] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)  # names

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed),
                "unchanged": len(self.unchanged)}


# ---------------------------------------------------------------- export

def town_name(store: Store) -> str:
    return store.setting("town_name_ja") or store.setting("town_name_en")


def pack_data(store: Store, knowledge: Knowledge) -> dict[str, Any]:
    """The pack as a dict: published entries and the organisations they refer to."""
    town = town_name(store)
    if not town:
        raise PackError(QT_TRANSLATE_NOOP(
            "errors", "Set the town's name (Settings) before exporting a knowledge pack: "
            "every entry carries the town it came from."))
    ids = [r[0] for r in store.query(
        "SELECT id FROM kb_entries WHERE status = 'published' ORDER BY topic, uuid")]
    org_uuid = dict(store.query("SELECT id, uuid FROM organisations"))
    entries: list[dict[str, Any]] = []
    referenced: set[int] = set()
    for eid in ids:
        e = knowledge.get(eid)
        referenced.update(e.organisation_ids)
        entries.append({
            "uuid": e.uuid, "topic": e.topic,
            "texts": [{"language": t.language, "question": t.question, "answer": t.answer}
                      for t in e.texts],
            "documents": list(e.documents),
            "organisations": sorted(org_uuid[o] for o in e.organisation_ids),
            "reviewed_on": e.reviewed_on, "source_town": e.source_town or town})
    organisations: list[dict[str, Any]] = []
    if referenced:
        marks = ",".join("?" for _ in referenced)
        for r in store.query(
                f"SELECT uuid, {', '.join(_O_COLUMNS)} FROM organisations "
                f"WHERE id IN ({marks}) ORDER BY kind, name, uuid", sorted(referenced)):
            org = dict(zip(("uuid", *_O_COLUMNS), r, strict=True))
            org["languages"] = json.loads(org["languages"])
            org["interpreter_available"] = bool(org["interpreter_available"])
            organisations.append(org)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "town": town, "exported_at": utc_stamp(), "entries": entries,
            "organisations": organisations}


def export_pack(store: Store, knowledge: Knowledge, out: Path) -> int:
    """Write the pack to `out` (whole or not at all); returns the number of entries."""
    if not out.parent.is_dir():
        raise PackError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), out.parent)
    data = pack_data(store, knowledge)
    write_json_atomically(data, out)
    n = len(data["entries"])
    audit.log(store, "export", detail=f"knowledge pack: {n} entries")
    return n


# ---------------------------------------------------------------- reading and checking

def load_pack(path: Path) -> dict[str, Any]:
    data = read_json_object(path, PackError, "a Madoguchi knowledge pack")
    if data.get("format") != FORMAT:
        raise PackError(QT_TRANSLATE_NOOP(
            "errors", "%1 is not a Madoguchi knowledge pack (field 'format')."), path)
    return data


def _fail(kind: str, index: int, uuid: object, field_name: str, template: str,
          *params: object) -> PackError:
    """Names the record (place in the pack, and its UUID when it looks like one) and the
    field, never the value. `template` has the record as %1 and the field as %2."""
    shown = isinstance(uuid, str) and _UUID_LIKE.fullmatch(uuid)
    label = f"{kind}[{index}]" + (f" (uuid {uuid})" if shown else "")
    return PackError(template, label, field_name, *params)


def _check_fields(kind: str, i: int, rec: Any,
                  spec: dict[str, tuple[tuple[type, ...], bool]]) -> None:
    if not isinstance(rec, dict):
        raise _fail(kind, i, None, "*", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': is not an object. Nothing was imported."))
    uuid = rec.get("uuid")
    for name in rec:
        if name not in spec:
            raise _fail(kind, i, uuid, name, QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': unknown field. Nothing was imported."))
    for name, (types, required) in spec.items():
        if name not in rec:
            if required:
                raise _fail(kind, i, uuid, name, QT_TRANSLATE_NOOP(
                    "errors", "%1, field '%2': missing. Nothing was imported."))
            continue
        value = rec[name]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise _fail(kind, i, uuid, name, WRONG_TYPE)
    if len(str(uuid)) < 8:
        raise _fail(kind, i, uuid, "uuid", QT_TRANSLATE_NOOP(
            "errors", "%1, field '%2': is too short to be a UUID. Nothing was imported."))


def _content_key(topic: str, question: str) -> tuple[str, str]:
    return topic, search.normalise(question)


def _ja_question(texts: list[dict[str, Any]]) -> str:
    return next((str(t["question"]) for t in texts if t["language"] == "ja"), "")


def check(store: Store, data: dict[str, Any], codes: CodeBook) -> None:
    """Raise PackError naming the first bad record and field; return if all is well."""
    if data.get("format") != FORMAT:
        raise PackError(QT_TRANSLATE_NOOP(
            "errors", "This is not a Madoguchi knowledge pack (field 'format'). Nothing was "
            "imported."))
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        shown = version if isinstance(version, int) and not isinstance(version, bool) else "?"
        raise PackError(QT_TRANSLATE_NOOP(
            "errors", "The pack has format version %1; this Madoguchi reads version %2. "
            "Nothing was imported."), shown, FORMAT_VERSION)
    town = data.get("town")
    if not isinstance(town, str) or not town.strip():
        raise PackError(QT_TRANSLATE_NOOP(
            "errors", "The pack does not say which town it came from (field 'town'). "
            "Nothing was imported."))
    for key in ("entries", "organisations"):
        if not isinstance(data.get(key), list):
            raise PackError(QT_TRANSLATE_NOOP(
                "errors", "Field '%1' must be a list. Nothing was imported."), key)
    org_uuids: set[str] = set()
    for i, rec in enumerate(data["organisations"]):
        _check_fields("organisations", i, rec, ORGANISATION_FIELDS)
        uuid = rec["uuid"]
        if uuid in org_uuids:
            raise _fail("organisations", i, uuid, "uuid", TWICE)
        org_uuids.add(uuid)
        languages = rec.get("languages", [])
        if not all(isinstance(v, str) for v in languages):
            raise _fail("organisations", i, uuid, "languages", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': must be a list of codes. Nothing was imported."))
        errors = validate_organisation(Organisation(
            **{k: rec[k] for k in _O_COLUMNS if k in rec}), codes)
        if errors:
            name, message = next(iter(errors.items()))
            raise _fail("organisations", i, uuid, name, INVALID_FIELD,
                        Translatable("validation", message))
    local_orgs = {r[0] for r in store.query("SELECT uuid FROM organisations")}
    seen: set[str] = set()
    keys: set[tuple[str, str]] = set()
    for i, rec in enumerate(data["entries"]):
        _check_fields("entries", i, rec, ENTRY_FIELDS)
        uuid = rec["uuid"]
        fail = functools.partial(_fail, "entries", i, uuid)
        if uuid in seen:
            raise fail("uuid", TWICE)
        seen.add(uuid)
        texts = rec["texts"]
        if not all(isinstance(t, dict) and set(t) == set(TEXT_FIELDS)
                   and all(isinstance(t[k], str) for k in TEXT_FIELDS) for t in texts):
            raise fail("texts", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': each text needs exactly 'language', 'question' "
                "and 'answer', as text. Nothing was imported."))
        if not all(isinstance(d, str) for d in rec.get("documents", [])):
            raise fail("documents", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': must be a list of document names. Nothing was "
                "imported."))
        refs = rec.get("organisations", [])
        if not all(isinstance(u, str) for u in refs):
            raise fail("organisations", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': must be a list of organisation UUIDs. Nothing was "
                "imported."))
        if any(u not in org_uuids and u not in local_orgs for u in refs):
            raise fail("organisations", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': refers to an organisation that is neither in the "
                "pack nor in the directory. Nothing was imported."))
        reviewed = rec.get("reviewed_on")
        if reviewed is not None:
            try:
                date.fromisoformat(reviewed)
            except ValueError:
                raise fail("reviewed_on", INVALID_FIELD,
                           Translatable("validation", BAD_DATE)) from None
        errors = validate(_entry(rec), codes)
        if errors:
            name, message = next(iter(errors.items()))
            raise fail(name, INVALID_FIELD, Translatable("validation", message))
        content = _content_key(rec["topic"], _ja_question(texts))
        if content in keys:
            raise fail("texts", QT_TRANSLATE_NOOP(
                "errors", "%1, field '%2': another entry of the pack has the same topic and "
                "Japanese question. Nothing was imported."))
        keys.add(content)


def _entry(rec: dict[str, Any]) -> KbEntry:
    """A pack entry as a KbEntry (organisations not resolved), for validation."""
    return KbEntry(topic=rec["topic"], status="published",
                   texts=[KbText(t["language"], t["question"], t["answer"])
                          for t in rec["texts"]],
                   documents=list(rec.get("documents", [])),
                   reviewed_on=rec.get("reviewed_on"), source_town=rec.get("source_town", ""),
                   uuid=rec["uuid"])


# ---------------------------------------------------------------- matching

@dataclass
class _Plan:
    preview: PackPreview
    org_ids: dict[str, int | None]                  # pack org uuid -> local id (None: add)
    targets: dict[str, int | None] = field(default_factory=dict)  # entry uuid -> local id


def _local_org_ids(store: Store, data: dict[str, Any]) -> dict[str, int | None]:
    by_uuid = dict(store.query("SELECT uuid, id FROM organisations"))
    by_name: dict[tuple[str, str], int] = {}
    for oid, name, kind in store.query("SELECT id, name, kind FROM organisations ORDER BY id"):
        by_name.setdefault((name, kind), oid)
    found: dict[str, int | None] = {}
    for rec in data["organisations"]:
        found[rec["uuid"]] = by_uuid.get(rec["uuid"]) or by_name.get((rec["name"], rec["kind"]))
    for rec in data["entries"]:  # references to organisations already here
        for u in rec.get("organisations", []):
            if u not in found:
                found[u] = by_uuid.get(u)
    return found


def _local_content(store: Store, entry_id: int) -> tuple[Any, ...]:
    row = store.query_one("SELECT topic, documents FROM kb_entries WHERE id = ?", (entry_id,))
    texts = sorted(tuple(r) for r in store.query(
        "SELECT language, question, answer FROM kb_texts WHERE entry_id = ?", (entry_id,)))
    orgs = sorted(r[0] for r in store.query(
        "SELECT organisation_id FROM kb_organisations WHERE entry_id = ?", (entry_id,)))
    return row[0], json.loads(row[1]), texts, orgs


def _pack_content(rec: dict[str, Any], org_ids: dict[str, int | None]
                  ) -> tuple[Any, ...] | None:
    """Like _local_content; None when the entry points to an organisation not yet here."""
    orgs = [org_ids.get(u) for u in rec.get("organisations", [])]
    if any(o is None for o in orgs):
        return None
    texts = sorted((t["language"], t["question"].strip(), t["answer"].strip())
                   for t in rec["texts"])
    return rec["topic"], list(rec.get("documents", [])), texts, sorted(set(orgs))


def _plan(store: Store, data: dict[str, Any]) -> _Plan:
    org_ids = _local_org_ids(store, data)
    plan = _Plan(PackPreview(town=str(data["town"]).strip()), org_ids)
    plan.preview.new_organisations = [r["name"] for r in data["organisations"]
                                      if org_ids[r["uuid"]] is None]
    by_uuid = dict(store.query("SELECT uuid, id FROM kb_entries"))
    by_content: dict[tuple[str, str], int] = {}
    for eid, topic, question in store.query(
            "SELECT e.id, e.topic, t.question FROM kb_entries e JOIN kb_texts t "
            "ON t.entry_id = e.id AND t.language = 'ja' ORDER BY e.id"):
        by_content.setdefault(_content_key(topic, question), eid)
    claimed = {by_uuid[r["uuid"]] for r in data["entries"] if r["uuid"] in by_uuid}
    reviewed = dict(store.query("SELECT id, reviewed_on FROM kb_entries"))
    for rec in data["entries"]:
        question = _ja_question(rec["texts"])
        local = by_uuid.get(rec["uuid"])
        if local is None:
            local = by_content.get(_content_key(rec["topic"], question))
            if local in claimed:
                local = None
            elif local is not None:
                claimed.add(local)
        item = PackItem(rec["uuid"], rec["topic"], question.strip(), local)
        plan.targets[rec["uuid"]] = local
        if local is None:
            plan.preview.new.append(item)
            continue
        pack_review, here_review = rec.get("reviewed_on"), reviewed[local]
        newer_review = bool(pack_review) and (not here_review or pack_review > here_review)
        if _pack_content(rec, org_ids) != _local_content(store, local) or newer_review:
            plan.preview.changed.append(item)
        else:
            plan.preview.unchanged.append(item)
    return plan


def preview(store: Store, data: dict[str, Any]) -> PackPreview:
    """What importing `data` would do: which entries are new, changed or already here."""
    check(store, data, CodeBook(store))
    return _plan(store, data).preview


# ---------------------------------------------------------------- import

def import_pack(store: Store, knowledge: Knowledge, data: dict[str, Any], *,
                dry_run: bool = False, backup: Callable[[], object] | None = None
                ) -> PackPreview:
    """Check the whole pack, then (unless `dry_run`) write it in one transaction: missing
    organisations are added, new entries added as published with their source town,
    changed entries updated in place (keeping their uuid, status and source town here).
    `backup` is called after the check and before anything is written."""
    check(store, data, knowledge.codes)
    plan = _plan(store, data)
    result = plan.preview
    if dry_run:
        return result
    store.require_admin("import a knowledge pack")
    if backup is not None and (result.new or result.changed or result.new_organisations):
        backup()
    here = town_name(store)
    changed = {item.uuid for item in result.changed}
    with store.write() as conn:
        stamp = store.stamp()
        org_ids: dict[str, int] = {u: o for u, o in plan.org_ids.items() if o is not None}
        for rec in data["organisations"]:
            if rec["uuid"] not in org_ids:
                org_ids[rec["uuid"]] = _add_organisation(conn, store, rec, stamp)
        for rec in data["entries"]:
            local = plan.targets[rec["uuid"]]
            orgs = sorted({org_ids[u] for u in rec.get("organisations", [])})
            if local is None:
                source = rec.get("source_town", "").strip() or result.town
                if source == here:
                    source = ""  # one of this town's own entries, coming back
                eid = rows.insert(conn, "kb_entries", {
                    "uuid": rec["uuid"], "topic": rec["topic"], "status": "published",
                    "documents": rows.jdump(rec.get("documents", [])),
                    "reviewed_on": rec.get("reviewed_on"), "reviewed_by": "",
                    "source_town": source, **stamp})
                action = "create"
            elif rec["uuid"] in changed:
                eid = local
                old = conn.execute("SELECT reviewed_on FROM kb_entries WHERE id = ?",
                                   (eid,)).fetchone()[0]
                values: dict[str, Any] = {
                    "topic": rec["topic"], "documents": rows.jdump(rec.get("documents", [])),
                    "reviewed_on": rec.get("reviewed_on"),
                    "updated_at": stamp["updated_at"], "updated_by": stamp["updated_by"]}
                if rec.get("reviewed_on") != old:
                    values["reviewed_by"] = ""
                rows.update(conn, "kb_entries", eid, values)
                action = "update"
            else:
                continue
            _write_texts(conn, eid, rec, orgs)
            uuid = conn.execute("SELECT uuid FROM kb_entries WHERE id = ?", (eid,)).fetchone()[0]
            audit.record(conn, store.user, action, kind="kb_entry", uuid=uuid)
        counts = result.counts()
        audit.record(conn, store.user, "import",
                     detail=f"knowledge pack: {counts['new']} new, {counts['changed']} changed,"
                            f" {counts['unchanged']} unchanged, "
                            f"{len(result.new_organisations)} organisations added")
    return result


def _add_organisation(conn: Connection, store: Store, rec: dict[str, Any],
                      stamp: dict[str, str]) -> int:
    values = {"uuid": rec["uuid"], "name": rec["name"], "kind": rec["kind"],
              "phone": rec.get("phone", ""), "email": "", "address": rec.get("address", ""),
              "languages": rows.jdump(rec.get("languages", [])),
              "interpreter_available": int(rec.get("interpreter_available", False)),
              "notes": "", **stamp}
    oid = rows.insert(conn, "organisations", values)
    search.index_directory_entry(conn, search.KIND_ORGANISATION, oid, values["name"],
                                 values["address"], values["phone"])
    audit.record(conn, store.user, "create", kind="organisation", uuid=rec["uuid"])
    return oid


def _write_texts(conn: Connection, eid: int, rec: dict[str, Any], orgs: list[int]) -> None:
    conn.execute("DELETE FROM kb_texts WHERE entry_id = ?", (eid,))
    conn.executemany("INSERT INTO kb_texts VALUES (?, ?, ?, ?)",
                     [(eid, t["language"], t["question"].strip(), t["answer"].strip())
                      for t in rec["texts"]])
    conn.execute("DELETE FROM kb_organisations WHERE entry_id = ?", (eid,))
    conn.executemany("INSERT INTO kb_organisations VALUES (?, ?)", [(eid, o) for o in orgs])
    index_entry(conn, eid)
