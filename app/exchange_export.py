"""Records as they leave the database (export format_version 2, sync packets): every
reference to another record is its UUID, never a local row id; each record carries its
version and the device that made it. docs/data-format.md describes the result."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# In the order a reader can write them: a record comes after those it refers to.
KINDS = ("organisations", "bridge_persons", "residents", "kb_entries", "consultations",
         "accompaniments", "sessions")
STAMPS = ("created_at", "updated_at", "created_by", "updated_by")
IDENTITY = ("version", "device_id")

Query = Callable[[str, Any], list[Any]]

# kind -> (plain columns, JSON columns, boolean columns)
_PLAIN: dict[str, tuple[str, ...]] = {
    "organisations": ("name", "kind", "phone", "email", "address", "languages",
                      "interpreter_available", "notes"),
    "bridge_persons": ("name", "languages", "phone", "email", "sns", "area", "notes"),
    "residents": ("family_name", "given_name", "family_name_latin", "given_name_latin", "kana",
                  "nationality", "languages", "residence_status", "employer", "district", "sns",
                  "arrival_date", "consent_date", "consent_method", "notes", "phone",
                  "birth_date", "card_number", "card_expiry"),
    "kb_entries": ("topic", "status", "documents", "reviewed_on", "reviewed_by",
                   "source_town"),
    "consultations": ("occurred_at", "minutes", "nationality", "language", "channel",
                      "sns_app", "interpreter", "asked", "done", "status", "follow_up_date"),
    "accompaniments": ("date", "time_out", "time_back", "destination_kind", "facility",
                       "purpose", "outcome", "health_details", "distance_km", "transport_cost",
                       "follow_up_date", "department", "accompanied_by", "interpreter"),
    "sessions": ("date", "start_time", "kind", "title", "languages", "venue", "online",
                 "facilitator", "notes"),
}
_JSON = {"languages", "sns", "documents"}
_BOOL = {"interpreter_available", "online"}
# kind -> {field in the file: (local id column, table it points into)}
REFS: dict[str, dict[str, tuple[str, str]]] = {
    "consultations": {"resident_uuid": ("resident_id", "residents"),
                      "referral_organisation_uuid": ("referral_org_id", "organisations")},
    "accompaniments": {"resident_uuid": ("resident_id", "residents"),
                       "consultation_uuid": ("consultation_id", "consultations"),
                       "organisation_uuid": ("organisation_id", "organisations")},
}


def _grouped(q: Query, sql: str) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for key, *rest in q(sql, ()):
        out.setdefault(key, []).append(rest[0] if len(rest) == 1 else tuple(rest))
    return out


def records(q: Query, kind: str, only: str = "1 = 1") -> list[dict[str, Any]]:
    """The records of one kind as the file holds them, by local id. `only` is an SQL
    condition on the kind's table under the alias x (e.g. which uuids a packet carries)."""
    plain = _PLAIN[kind]
    refs = REFS.get(kind, {})
    cols = [f"x.{c}" for c in ("id", "uuid", *plain)]
    cols += [f"(SELECT uuid FROM {table} WHERE id = x.{column})"
             for column, table in refs.values()]
    cols += [f"x.{c}" for c in (*STAMPS, *IDENTITY)]
    names = ("id", "uuid", *plain, *refs, *STAMPS, *IDENTITY)
    found = q(f"SELECT {', '.join(cols)} FROM {kind} x WHERE {only} ORDER BY x.id", ())
    out = []
    for row in found:
        rec = dict(zip(names, row, strict=True))
        for name in plain:
            if name in _JSON:
                rec[name] = json.loads(rec[name])
            elif name in _BOOL:
                rec[name] = bool(rec[name])
        out.append(rec)
    ids = f"(SELECT x.id FROM {kind} x WHERE {only})"
    if kind == "residents":
        uuid_link = ("SELECT l.resident_id, r.uuid, l.relation FROM resident_links l "
                     "JOIN residents r ON r.id = l.related_id WHERE l.resident_id IN "
                     f"{ids} ORDER BY l.resident_id, l.related_id")
        links = _grouped(q, uuid_link)
        for rec in out:
            rec["links"] = [{"related_uuid": u, "relation": how}
                            for u, how in links.get(rec["id"], [])]
    elif kind == "consultations":
        topics = _grouped(q, "SELECT consultation_id, topic FROM consultation_topics "
                             f"WHERE consultation_id IN {ids} ORDER BY 1, 2")
        for rec in out:
            rec["topics"] = topics.get(rec["id"], [])
    elif kind == "sessions":
        topics = _grouped(q, "SELECT session_id, topic FROM session_topics "
                             f"WHERE session_id IN {ids} ORDER BY 1, 2")
        people = _grouped(q, "SELECT a.session_id, r.uuid FROM session_attendees a "
                             "JOIN residents r ON r.id = a.resident_id "
                             f"WHERE a.session_id IN {ids} ORDER BY 1, 2")
        heads = _grouped(q, "SELECT session_id, nationality, count FROM session_headcounts "
                            f"WHERE session_id IN {ids} ORDER BY 1, 2")
        for rec in out:
            rec["topics"] = topics.get(rec["id"], [])
            rec["attendee_uuids"] = people.get(rec["id"], [])
            rec["headcounts"] = dict(heads.get(rec["id"], []))
    elif kind == "kb_entries":
        texts = _grouped(q, "SELECT entry_id, language, question, answer FROM kb_texts "
                            f"WHERE entry_id IN {ids} ORDER BY 1, language <> 'ja', language")
        orgs = _grouped(q, "SELECT k.entry_id, o.uuid FROM kb_organisations k "
                           "JOIN organisations o ON o.id = k.organisation_id "
                           f"WHERE k.entry_id IN {ids} ORDER BY 1, 2")
        for rec in out:
            rec["texts"] = [{"language": lang, "question": qu, "answer": an}
                            for lang, qu, an in texts.get(rec["id"], [])]
            rec["organisation_uuids"] = orgs.get(rec["id"], [])
    for rec in out:
        del rec["id"]
    return out


def tombstones(q: Query, only: str = "1 = 1") -> list[dict[str, Any]]:
    """Deleted records (alias x): kind, uuid, when, who, device, version."""
    names = ("kind", "uuid", "deleted_at", "deleted_by", "device_id", "version")
    return [dict(zip(names, r, strict=True)) for r in q(
        f"SELECT {', '.join(names)} FROM tombstones x WHERE {only} ORDER BY x.uuid", ())]
