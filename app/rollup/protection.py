"""Suppression of the roll-up, in parts: the roll-up's model holds every town's column of
every table (6,000 figures for 50 towns), too large to protect in one piece within the
budget (the defender's LP grows with it). The tables are tied to one another only through
the towns' totals (consultations, accompaniments, …) and the grand totals, so:

1. the totals table alone is protected, which decides which totals are hidden;
2. each table (topics together with the external categories, which they feed) is protected
   with those totals fixed: a hidden total is an unknown, a printed one a known number;
3. the whole model is audited with everything hidden so far (sdc.audit, the attacker who
   sees all tables at once); if any hidden figure is still narrower than the width, or a
   table could not be protected with the totals fixed, the whole model is protected in one
   piece starting from what is hidden already.

The result is proven by the final audit either way."""

from __future__ import annotations

from dataclasses import replace

from app.reports.sdc import Model, Protection, Unprotectable, audit, narrow, protect

GROUP_OF = {"external": "topics"}


def _group(key: str) -> str:
    table, colon, _rest = key.partition(":")
    if not colon or "|" in table:
        return ""            # a shared total: "cons|131016", "cons|+"
    return GROUP_OF.get(table, table)


def _part(model: Model, keys: set[str], fixed: dict[str, str]) -> Model:
    """The figures `keys` and the relations among them; figures in `fixed` get that state
    ("hidden" or "shown")."""
    figures = {k: replace(f, state=fixed.get(k, f.state))  # type: ignore[arg-type]
               for k, f in model.figures.items() if k in keys}
    relations = [r for r in model.relations if all(k in keys for k, _ in r.terms)]
    return Model(figures, relations)


def protect_in_parts(model: Model, threshold: int, width: int | None = None) -> Protection:
    width = threshold if width is None else width
    groups: dict[str, set[str]] = {}
    for key in model.figures:
        groups.setdefault(_group(key), set()).add(key)
    shared = groups.pop("", set())
    hidden: set[str] = set()
    try:
        core = protect(_part(model, shared, {}), threshold, width)
        hidden |= core.hidden
        fixed = {k: "hidden" if k in core.hidden else "shown" for k in shared
                 if model.figures[k].state == "free"}
        for keys in groups.values():
            hidden |= protect(_part(model, keys | shared, fixed), threshold, width).hidden
    except Unprotectable:
        return _whole(model, hidden, threshold, width)
    intervals = audit(model, hidden, width)
    if narrow(intervals, width):
        return _whole(model, hidden, threshold, width)
    return Protection(frozenset(hidden), intervals, width)


def _whole(model: Model, hidden: set[str], threshold: int, width: int) -> Protection:
    """The whole model in one piece, keeping hidden what the parts hid (more may be)."""
    start = Model({k: replace(f, state="hidden") if k in hidden and f.state == "free" else f
                   for k, f in model.figures.items()}, model.relations)
    return protect(start, threshold, width)
