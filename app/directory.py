"""The directory: organisations (関係機関) and bridge persons (ブリッジ人材)."""

from __future__ import annotations

from app import audit, kinds, rows, search
from app.codes import CodeBook
from app.errors import NotFoundError, ValidationError
from app.marks import QT_TRANSLATE_NOOP
from app.records import BridgePerson, Organisation
from app.store import Store, new_uuid
from app.validation import validate_bridge_person, validate_organisation

O_KIND = kinds.ORGANISATION
B_KIND = kinds.BRIDGE_PERSON


# Which kinds of organisation (org_kind) each destination of an accompaniment
# (destination_kind) can be.
DESTINATION_ORG_KINDS: dict[str, tuple[str, ...]] = {
    "hospital": ("hospital",),
    "town_hall": ("government",),
    "health_centre": ("government", "hospital"),
    "immigration": ("immigration",),
    "school": ("school",),
    "police": ("police",),
}

class Directory:
    def __init__(self, store: Store, codes: CodeBook) -> None:
        self.store = store
        self.codes = codes

    def organisation(self, org_id: int) -> Organisation:
        row = self.store.query_one(O_KIND.select(), (org_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That organisation no longer exists."))
        o: Organisation = O_KIND.record(row)
        return o

    def organisations_for(self, destination_kind: str | None) -> list[tuple[int, str, str]]:
        """The organisations an accompaniment to this kind of place may go to: those of the
        matching kinds, or all of them for a destination with no such kinds ('other')."""
        kinds = DESTINATION_ORG_KINDS.get(destination_kind or "")
        found = self.organisations()
        return [o for o in found if o[2] in kinds] if kinds else found

    def organisations(self) -> list[tuple[int, str, str]]:
        """(id, name, kind) of every organisation, for pickers."""
        return [(r[0], r[1], r[2]) for r in self.store.query(
            "SELECT id, name, kind FROM organisations ORDER BY kind, name")]

    def save_organisation(self, o: Organisation) -> int:
        errors = validate_organisation(o, self.codes)
        if errors:
            raise ValidationError(errors, "organisation")
        values = O_KIND.values(o)
        with self.store.write() as conn:
            before = audit.load_or_none(self.organisation, o.id)
            oid = rows.save(conn, "organisations", o.id, values, self.store.stamp(),
                            o.uuid or new_uuid())
            search.index_directory_entry(conn, search.KIND_ORGANISATION, oid,
                                         *search.parts_of(O_KIND, o))
            audit.changed(conn, self.store.user, "organisation", before,
                          self.organisation(oid))
        o.id = oid
        return oid

    def delete_organisation(self, org_id: int) -> None:
        with self.store.write() as conn:
            before = audit.load_or_none(self.organisation, org_id)
            rows.delete(conn, "organisations", org_id, self.store.stamp())
            search.unindex(conn, people_rowid=org_id * 4 + search.KIND_ORGANISATION)
            if before is not None:
                audit.changed(conn, self.store.user, "organisation", before, None)

    def bridge_person(self, person_id: int) -> BridgePerson:
        row = self.store.query_one(B_KIND.select(), (person_id,))
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That bridge person no longer exists."))
        b: BridgePerson = B_KIND.record(row)
        return b

    def save_bridge_person(self, b: BridgePerson) -> int:
        errors = validate_bridge_person(b, self.codes)
        if errors:
            raise ValidationError(errors, "bridge person")
        values = B_KIND.values(b)
        with self.store.write() as conn:
            before = audit.load_or_none(self.bridge_person, b.id)
            bid = rows.save(conn, "bridge_persons", b.id, values, self.store.stamp(),
                            b.uuid or new_uuid())
            search.index_directory_entry(conn, search.KIND_BRIDGE, bid,
                                         *search.parts_of(B_KIND, b))
            audit.changed(conn, self.store.user, "bridge_person", before,
                          self.bridge_person(bid))
        b.id = bid
        return bid

    def delete_bridge_person(self, person_id: int) -> None:
        with self.store.write() as conn:
            before = audit.load_or_none(self.bridge_person, person_id)
            rows.delete(conn, "bridge_persons", person_id, self.store.stamp())
            search.unindex(conn, people_rowid=person_id * 4 + search.KIND_BRIDGE)
            if before is not None:
                audit.changed(conn, self.store.user, "bridge_person", before, None)
