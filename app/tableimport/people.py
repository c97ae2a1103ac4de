"""Match the people of an old log to the town's residents by their name forms, the way the
search box compares names (NFKC, katakana, case and diacritics folded), and make each new
person once."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.records import Resident
from app.store import Store
from app.tableimport.cells import Name, kana_only, parse_name


@dataclass
class NewPerson:
    number: int
    name: Name
    nationality: str
    first_row: tuple[str, int]          # (sheet, row) where the person first appears
    rows: int = 0

    def resident(self) -> Resident:
        name = self.name
        return Resident(
            nationality=self.nationality,
            family_name=name.other or ("" if name.latin else name.kana),
            family_name_latin=name.latin,
            kana=kana_only(name.kana))


@dataclass
class Match:
    existing: int | None = None          # a resident's id
    new: NewPerson | None = None
    ambiguous: int = 0                   # how many people the name could be


@dataclass
class People:
    by_key: dict[str, set[int]] = field(default_factory=dict)   # existing residents
    new_by_key: dict[str, NewPerson] = field(default_factory=dict)
    new: list[NewPerson] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)        # resident id → rows

    @classmethod
    def of_town(cls, store: Store) -> People:
        people = cls()
        for rid, fam, giv, fam_l, giv_l, kana in store.query(
                "SELECT id, family_name, given_name, family_name_latin, given_name_latin, "
                "kana FROM residents"):
            native = parse_name(" ".join(p for p in (fam, giv) if p))
            forms = [native, Name(kana=kana), Name(latin=" ".join(p for p in (fam_l, giv_l)
                                                                   if p))]
            for form in forms:
                for key in form.forms():
                    people.by_key.setdefault(key, set()).add(rid)
        return people

    def find(self, name: Name) -> Match:
        keys = name.forms()
        ids = set().union(*(self.by_key.get(k, set()) for k in keys))
        if len(ids) > 1:
            return Match(ambiguous=len(ids))
        if ids:
            return Match(existing=next(iter(ids)))
        found = {id(p): p for k in keys if (p := self.new_by_key.get(k)) is not None}
        if len(found) > 1:
            return Match(ambiguous=len(found))
        return Match(new=next(iter(found.values()))) if found else Match()

    def add(self, name: Name, nationality: str, where: tuple[str, int]) -> NewPerson:
        person = NewPerson(len(self.new) + 1, name, nationality, where)
        self.new.append(person)
        for key in name.forms():
            self.new_by_key[key] = person
        return person

    def count(self, match: Match) -> None:
        if match.existing is not None:
            self.matched[match.existing] = self.matched.get(match.existing, 0) + 1
        elif match.new is not None:
            match.new.rows += 1
