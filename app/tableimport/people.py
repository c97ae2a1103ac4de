"""Match the people of an old log to the town's residents by their name forms, the way the
search box compares names (NFKC, katakana, case and diacritics folded, name parts in any
order), and make each new person once.

Two names are the same person when they share a form and do not contradict each other: a
row 「グエン・アン（Nguyen An）」 is not the resident グエン・アン known as Nguyen Thi An, since
their Latin forms differ."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.records import Resident
from app.store import Store
from app.tableimport.cells import Name, kana_only, parse_name

Forms = dict[str, set[str]]  # form type (k, l, o) → forms


def forms_of(*names: Name) -> Forms:
    found: Forms = {}
    for name in names:
        for form in name.forms():
            found.setdefault(form[0], set()).add(form)
    return found


def compatible(a: Forms, b: Forms) -> bool:
    """They share a form, and where both have a form of one type, they share one of it."""
    shared = any(a[t] & b[t] for t in a.keys() & b.keys())
    return shared and all(a[t] & b[t] for t in a.keys() & b.keys())


@dataclass(eq=False)
class NewPerson:
    number: int
    name: Name
    nationality: str
    first_row: tuple[str, int]          # (sheet, row) where the person first appears
    forms: Forms = field(default_factory=dict)
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
    by_form: dict[str, set[int]] = field(default_factory=dict)   # existing residents
    forms: dict[int, Forms] = field(default_factory=dict)
    new_by_form: dict[str, list[NewPerson]] = field(default_factory=dict)
    new: list[NewPerson] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)        # resident id → rows
    seen: dict[tuple[str, ...], Match] = field(default_factory=dict)

    @classmethod
    def of_town(cls, store: Store) -> People:
        people = cls()
        for rid, fam, giv, fam_l, giv_l, kana in store.query(
                "SELECT id, family_name, given_name, family_name_latin, given_name_latin, "
                "kana FROM residents"):
            native = parse_name(" ".join(p for p in (fam, giv) if p))
            latin = Name(latin=" ".join(p for p in (fam_l, giv_l) if p))
            forms = forms_of(native, Name(kana=kana), latin)
            people.forms[rid] = forms
            for group in forms.values():
                for form in group:
                    people.by_form.setdefault(form, set()).add(rid)
        return people

    def find(self, name: Name) -> Match:
        """The one resident or new person this name is; a name seen before gets the same
        answer (a log repeats its names thousands of times)."""
        keys = name.forms()
        memo = self.seen.get(tuple(keys))
        if memo is not None and (memo.existing is not None or memo.new is not None
                                 or memo.ambiguous):
            return Match(memo.existing, memo.new, memo.ambiguous)
        match = self._find(name, keys)
        self.seen[tuple(keys)] = match
        return Match(match.existing, match.new, match.ambiguous)

    def _find(self, name: Name, keys: list[str]) -> Match:
        wanted = forms_of(name)
        ids = {i for k in keys for i in self.by_form.get(k, ())
               if compatible(wanted, self.forms[i])}
        if len(ids) > 1:
            return Match(ambiguous=len(ids))
        if ids:
            return Match(existing=next(iter(ids)))
        found = {p.number: p for k in keys for p in self.new_by_form.get(k, ())
                 if compatible(wanted, p.forms)}
        if len(found) > 1:
            return Match(ambiguous=len(found))
        return Match(new=next(iter(found.values()))) if found else Match()

    def add(self, name: Name, nationality: str, where: tuple[str, int]) -> NewPerson:
        person = NewPerson(len(self.new) + 1, name, nationality, where)
        self.new.append(person)
        self.learn(person, name)
        self.seen[tuple(name.forms())] = Match(new=person)
        return person

    def learn(self, person: NewPerson, name: Name) -> None:
        """A later row may add a form (the Latin name beside the katakana one)."""
        for kind, group in forms_of(name).items():
            person.forms.setdefault(kind, set()).update(group)
            for form in group:
                if person not in self.new_by_form.setdefault(form, []):
                    self.new_by_form[form].append(person)

    def count(self, match: Match) -> None:
        if match.existing is not None:
            self.matched[match.existing] = self.matched.get(match.existing, 0) + 1
        elif match.new is not None:
            match.new.rows += 1
