"""Random edits of every record kind for property tests (round trip, sync): each takes a
town and a number that picks what to edit, so hypothesis can draw and shrink them."""

from __future__ import annotations

from app.errors import MadoguchiError
from app.knowledge import KbEntry, KbText
from app.records import (
    Accompaniment,
    BridgePerson,
    Consultation,
    HouseholdLink,
    Organisation,
    Resident,
    Session,
    SnsContact,
)
from app.services import Services

KINDS = ("organisations", "bridge_persons", "residents", "kb_entries", "consultations",
         "accompaniments", "sessions")


def ids(town: Services, kind: str) -> list[int]:
    return [int(r[0]) for r in town.store.query(f"SELECT id FROM {kind} ORDER BY id")]


def pick(town: Services, kind: str, n: int) -> int | None:
    """The record of `kind` that the number `n` picks (None when there is none)."""
    return _pick(town, kind, n)


def _pick(town: Services, kind: str, n: int) -> int | None:
    found = ids(town, kind)
    return found[n % len(found)] if found else None


def create(town: Services, kind: str, n: int) -> None:
    """A new record of `kind`; one that needs a resident is skipped when there is none."""
    text = f"t{n}"
    resident = _pick(town, "residents", n)
    org = _pick(town, "organisations", n)
    if kind == "organisations":
        town.directory.save_organisation(Organisation(
            name=f"病院{text}", kind="hospital", languages=["ja", "vi"][: n % 2 + 1],
            interpreter_available=bool(n % 2)))
    elif kind == "bridge_persons":
        town.directory.save_bridge_person(BridgePerson(
            name=f"Hoa {text}", languages=["vi"], sns=[SnsContact("zalo", text)]))
    elif kind == "residents":
        links = [HouseholdLink(resident, "spouse")] if resident is not None and n % 3 == 0 \
            else []
        town.residents.save(Resident(
            nationality=("VN", "PH", "ID")[n % 3], family_name="Trần", given_name=text,
            family_name_latin="TRAN", languages=["vi"], links=links))
    elif kind == "kb_entries":
        town.knowledge.save(KbEntry(
            topic="medical", status="published", texts=[KbText("ja", f"質問{text}", "答え")],
            organisation_ids=[org] if org is not None else []))
    elif kind == "consultations":
        town.consultations.save(Consultation(
            occurred_at=f"2026-11-{n % 28 + 1:02d}T10:30", language="vi", channel="desk",
            topics=["medical"], resident_id=resident,
            nationality=None if resident is not None else "VN", asked=text,
            referral_org_id=org if n % 2 else None))
    elif kind == "accompaniments":
        if resident is None:
            return
        town.accompaniments.save(Accompaniment(
            date="2026-11-05", destination_kind="hospital", resident_id=resident,
            purpose=text, consultation_id=_pick(town, "consultations", n),
            organisation_id=org))
    elif kind == "sessions":
        town.sessions.save(Session(
            date=f"2026-10-{n % 28 + 1:02d}", kind="life_orientation", title=text,
            topics=["garbage_sorting"], attendee_ids=[resident] if resident else [],
            headcounts={"PH": n % 4 + 1}))


def update(town: Services, kind: str, n: int, text: str = "") -> None:
    """Change one field of an existing record of `kind` (nothing when there is none)."""
    row = _pick(town, kind, n)
    if row is None:
        return
    text = text or f"u{n}"
    if kind == "organisations":
        o = town.directory.organisation(row)
        o.notes = text
        town.directory.save_organisation(o)
    elif kind == "bridge_persons":
        b = town.directory.bridge_person(row)
        b.area = text
        town.directory.save_bridge_person(b)
    elif kind == "residents":
        r = town.residents.get(row)
        r.notes = text
        town.residents.save(r)
    elif kind == "kb_entries":
        e = town.knowledge.get(row)
        e.texts[0].answer = text
        town.knowledge.save(e)
    elif kind == "consultations":
        c = town.consultations.get(row)
        c.done = text
        town.consultations.save(c)
    elif kind == "accompaniments":
        a = town.accompaniments.get(row, viewer_reason=None)
        a.outcome = text
        town.accompaniments.save(a)
    elif kind == "sessions":
        s = town.sessions.get(row)
        s.venue = text
        town.sessions.save(s)


def delete(town: Services, kind: str, n: int) -> None:
    """Delete an existing record of `kind`; a resident still in use stays (the app refuses)."""
    row = _pick(town, kind, n)
    if row is None:
        return
    deleters = {"residents": town.residents.delete,
                "consultations": town.consultations.delete,
                "accompaniments": town.accompaniments.delete,
                "sessions": town.sessions.delete,
                "organisations": town.directory.delete_organisation,
                "bridge_persons": town.directory.delete_bridge_person,
                "kb_entries": town.knowledge.delete}
    try:
        deleters[kind](row)
    except MadoguchiError:
        assert kind == "residents"  # still in use: refused, nothing changed


def edit(town: Services, action: str, kind: str, n: int) -> None:
    {"create": create, "update": update, "delete": delete}[action](town, kind, n)
