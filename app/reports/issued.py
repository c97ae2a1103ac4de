"""Issued reports: what each annual report that left the program published, and how a new
report of the same fiscal year is read together with them.

An issued report is stored as its sdc.Model with each figure's state: "shown" (printed),
"hidden" (printed as x) or "internal" (not printed). A new report is protected and audited
over the union of its own model and every issued one of the same year (`combine`):
- a figure of the same name (same count, same last day) is one figure: if an issued report
  hid it, the new one hides it too; if it printed it, it is a known number;
- figures of the same count with different last days are linked: the later is at least the
  earlier (records are added, not removed), as a reader comparing the two would assume;
- where the records changed since (a figure's value differs, or a link no longer holds), the
  issued figure is kept apart under its own name: the reader sees two different numbers and
  can tie them to nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.reports.sdc import Model, Relation
from app.store import Store, new_uuid


@dataclass
class Issued:
    id: int
    fiscal_year: int
    cut_off: str
    provisional: bool
    created_at: str
    model: Model
    hidden: set[str]
    profile: dict[str, int | None] | None = None   # the town profile it printed


def to_json(model: Model, hidden: set[str],
            profile: dict[str, int | None] | None = None) -> str:
    figures = [[k, f.value, "internal" if f.state == "internal" else
                "hidden" if k in hidden else "shown", f.least]
               for k, f in model.figures.items()]
    relations = [[[list(t) for t in r.terms], r.sense] for r in model.relations]
    data: dict[str, Any] = {"figures": figures, "relations": relations}
    if profile is not None:
        data["profile"] = profile
    return json.dumps(data, ensure_ascii=False)


def profile_of(text: str) -> dict[str, int | None] | None:
    data: dict[str, Any] = json.loads(text)
    profile = data.get("profile")
    return dict(profile) if isinstance(profile, dict) else None


def from_json(text: str) -> tuple[Model, set[str]]:
    data: dict[str, Any] = json.loads(text)
    model = Model()
    hidden: set[str] = set()
    for key, value, state, *least in data["figures"]:
        model.add(str(key), int(value), "internal" if state == "internal" else "shown",
                  least=int(least[0]) if least else 0)
        if state == "hidden":
            hidden.add(str(key))
    for terms, sense in data["relations"]:
        model.relations.append(Relation(tuple((str(k), int(c)) for k, c in terms),
                                        "=" if sense == "=" else "<="))
    return model, hidden


def record(store: Store, fiscal_year: int, cut_off: str, provisional: bool, threshold: int,
           width: int, formats: list[str], model: Model, hidden: set[str],
           profile: dict[str, int | None] | None = None) -> None:
    own = Model({k: f for k, f in model.figures.items() if "#" not in k},
                [r for r in model.relations if all("#" not in k for k, _ in r.terms)])
    stamp = store.stamp()
    content = to_json(own, hidden & set(own.figures), profile)
    with store.write() as conn:
        if conn.execute("SELECT 1 FROM issued_reports WHERE kind = 'annual' AND "
                        "fiscal_year = ? AND cut_off = ? AND figures = ?",
                        (fiscal_year, cut_off, content)).fetchone():
            return   # the same report again: the audit log has each export
        conn.execute(
            "INSERT INTO issued_reports (uuid, kind, fiscal_year, cut_off, provisional, "
            "threshold, width, formats, figures, created_at, created_by) "
            "VALUES (?, 'annual', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_uuid(), fiscal_year, cut_off, int(provisional), threshold, width,
             ",".join(formats), content,
             stamp["created_at"], stamp["created_by"]))


def issued(store: Store, fiscal_year: int) -> list[Issued]:
    out = []
    for rid, fy, cut_off, provisional, created, figures in store.query(
            "SELECT id, fiscal_year, cut_off, provisional, created_at, figures "
            "FROM issued_reports WHERE kind = 'annual' AND fiscal_year = ? ORDER BY id",
            (fiscal_year,)):
        model, hidden = from_json(figures)
        out.append(Issued(rid, fy, cut_off, bool(provisional), created, model, hidden,
                          profile_of(figures)))
    return out


def _split(key: str) -> tuple[str, str]:
    base, _, end = key.rpartition("|")
    return base, end


def combine(current: Model, earlier: list[Issued]) -> Model:
    """The current model (its figures free unless an issued report fixed them) together
    with every issued model. Issued figures are "shown" or "hidden" for good."""
    out = Model({k: type(f)(f.key, f.value, f.state, f.weight, f.least)
                 for k, f in current.figures.items()}, list(current.relations))
    for report in earlier:
        rename: dict[str, str] = {}
        for key, fig in report.model.figures.items():
            mine = out.figures.get(key)
            if mine is not None and mine.value != fig.value:
                rename[key] = f"{key}#{report.id}"
        for key, fig in report.model.figures.items():
            name = rename.get(key, key)
            state = fig.state if fig.state == "internal" else (
                "hidden" if key in report.hidden else "shown")
            mine = out.figures.get(name)
            if mine is None:
                out.add(name, fig.value, state, fig.weight, fig.least)
            elif "internal" not in (state, mine.state) and mine.state != "shown":
                # Printed in any issued report, the reader knows it: "shown" wins.
                mine.state = state
        for rel in report.model.relations:
            out.relations.append(Relation(tuple((rename.get(k, k), c) for k, c in rel.terms),
                                          rel.sense))
    _link_periods(out)
    return out


def _link_periods(model: Model) -> None:
    """Same count, different last day: the later is at least the earlier."""
    by_base: dict[str, list[str]] = {}
    for key in model.figures:
        if "#" in key:
            continue
        base, end = _split(key)
        by_base.setdefault(base, []).append(end)
    for base, ends in by_base.items():
        ends.sort()
        for a, b in zip(ends, ends[1:], strict=False):
            early, late = model.figures[f"{base}|{a}"], model.figures[f"{base}|{b}"]
            if early.value <= late.value:
                model.at_most([early.key], [late.key])
