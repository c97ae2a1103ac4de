"""The roll-up's tables: one per measure, a column per town and a total, and the figures and
relations a reader of them knows (an sdc.Model, protected like a town's annual report).

Counts of a town that sent exact counts are figures the prefecture may hide. Counts of a
town that sent suppressed counts were published by the town already: they are printed as
they came ("shown"), and its `x` stays `x`. A total across towns is computed only where no
`x` is involved; otherwise the total is `x` too (not summed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP
from app.reports.annual_model import fiscal_months
from app.reports.categories import UNMAPPED, UNMAPPED_LABEL
from app.reports.config import MEASURES
from app.reports.sdc import Model, State
from app.rollup.inputs import TownFile

X = "x"
INCONSISTENT = QT_TRANSLATE_NOOP(
    "errors", "%1 does not add up (a table and its total differ); was it edited by hand? "
    "Nothing was written.")
TOTAL_WEIGHT = 5.0
GRAND_WEIGHT = 25.0
Value = int | str | None      # a count, "x", or None where the town reports nothing

# The town totals of the file, and the names of their shared figures.
TOTALS = {"consultations": "cons", "persons": "persons", "topic_mentions": "mentions",
          "accompaniments": "acc", "attendance": "attend", "sessions": "sessions"}
TOTAL_LABELS = {"consultations": "相談件数", "persons": "相談者数（実人数）",
                "topic_mentions": "相談分野の延べ件数", "accompaniments": "同行支援件数",
                "attendance": "講座・説明会等の参加者数", "sessions": "講座・説明会等の回数"}
QUANTITIES = {"consultations": "相談件数", "sessions": "講座等の回数",
              "attendance": "講座等の参加者数", "accompaniments": "同行支援件数"}
QUANTITY_TOTAL = {"consultations": "cons", "attendance": "attend", "accompaniments": "acc"}


class _Broken(Exception):
    def __init__(self, town: TownFile):
        super().__init__(town.code)
        self.town = town


@dataclass(frozen=True)
class Spec:
    key: str
    title: str
    list_name: str | None          # code list of the rows, for labels; None: fixed rows
    total: str | None              # the shared figure each town's column adds up to
    protected: bool = True         # False: activities of the town (sessions held), shown
    note: str = ""


SPECS = (
    Spec("totals", "相談件数・相談者数等", None, None),
    Spec("months_consultations", "相談件数（月別）", None, "cons"),
    Spec("months_accompaniments", "同行支援件数（月別）", None, "acc"),
    Spec("topics", "相談分野別件数", "topic", "mentions",
         note="1件の相談が複数の分野にわたる場合は分野ごとに数えています（延べ件数）。"),
    Spec("languages", "使用言語別件数", "language", "cons"),
    Spec("nationalities", "国籍別件数", "nationality", "cons"),
    Spec("residence_statuses", "在留資格別件数", "residence_status", "cons"),
    Spec("channels", "対応方法別件数", "channel", "cons"),
    Spec("destinations", "同行支援（同行先別件数）", "destination_kind", "acc"),
    Spec("attendance_by_nationality", "講座・説明会等の参加者数（国籍別）", "nationality",
         "attend"),
    Spec("session_kinds", "講座・説明会等（種類別回数）", "session_kind", "sessions",
         protected=False),
    Spec("measures", "特別交付税措置の対象となる取組", None, None,
         note="一つの活動が複数の取組に当たる場合は、それぞれに数えています。"),
    Spec("external", "外部区分別件数", None, None,
         note="1件の相談が同じ区分の複数の分野にわたる場合も、その区分では1件と数えて"
              "います。"),
)
DROPPED_TABLE = {"topics": "topic", "nationalities": "nat", "residence_statuses": "status",
                 "external": "topic"}


@dataclass
class RollupTable:
    spec: Spec
    rows: list[tuple[str, str]]                 # (row code, label)
    cells: list[list[Value]]                    # [row][town]
    keys: list[list[str | None]]                # the figure of each cell, if it is one
    totals: list[Value] = field(default_factory=list)      # per row, across towns
    total_keys: list[str | None] = field(default_factory=list)
    column_totals: list[Value] | None = None    # per town (the shared figure), and overall
    column_keys: list[str | None] | None = None


@dataclass
class Rollup:
    fiscal_year: int
    towns: list[TownFile]
    tables: list[RollupTable]
    model: Model
    external_id: str = ""
    external_name: str = ""
    external_towns: list[bool] = field(default_factory=list)  # whose categories are summed
    feeds: dict[str, list[str]] = field(default_factory=dict)


def _month_label(month: str) -> str:
    return f"{month[:4]}年{int(month[5:])}月"


def _rows_of(spec: Spec, towns: list[TownFile], fiscal_year: int, external_id: str,
             order: dict[str, list[str]]) -> tuple[list[tuple[str, str]],
                                                   Callable[[TownFile], dict[str, Any]]]:
    """The table's rows (code, label) and how to read a town's {row: value}."""
    if spec.key == "totals":
        return ([(k, v) for k, v in TOTAL_LABELS.items()],
                lambda t: t.tables["totals"])
    if spec.key.startswith("months_"):
        series = spec.key.removeprefix("months_")
        return ([(m, _month_label(m)) for m in fiscal_months(fiscal_year)],
                lambda t: t.tables["months"][series])
    if spec.key == "measures":
        return ([(f"{m}:{q}", f"{title[:20]}…：{q_label}" if len(title) > 20 else
                  f"{title}：{q_label}") for m, title in MEASURES.items()
                 for q, q_label in QUANTITIES.items()],
                lambda t: {f"{m}:{q}": v for m, qs in t.tables["measures"].items()
                           for q, v in qs.items()})
    if spec.key == "external":
        first = next((t.external for t in towns if t.external["id"] == external_id), None)
        cats = [(c["code"], c["label"]) for c in first["categories"]] if first else []
        if any(UNMAPPED in t.external["counts"] for t in towns
               if t.external["id"] == external_id):
            cats.append((UNMAPPED, UNMAPPED_LABEL))
        return cats, lambda t: (t.external["counts"] if t.external["id"] == external_id
                                else {})
    assert spec.list_name is not None
    present: set[str] = set()
    labels: dict[str, str] = {}
    for t in towns:
        present |= set(t.tables[spec.key])
        for code, text in t.labels.get(spec.list_name, {}).items():
            labels.setdefault(code, text)
    known = order.get(spec.list_name, [])
    rows = [c for c in known if c in present] + sorted(present - set(known))
    return [(c, labels.get(c, c)) for c in rows], lambda t: t.tables[spec.key]


def combine(fiscal_year: int, towns: list[TownFile],
            order: dict[str, list[str]] | None = None) -> Rollup:
    """The tables and their model. `order`: each code list's codes in print order (rows
    not in it follow, sorted)."""
    order = order or {}
    model = Model()
    external_id = towns[0].external["id"] if towns else ""
    rollup = Rollup(fiscal_year, towns, [], model, external_id,
                    towns[0].external["name"] if towns else "",
                    [t.external["id"] == external_id for t in towns])
    for spec in SPECS:
        rows, read = _rows_of(spec, towns, fiscal_year, external_id, order)
        table = RollupTable(spec, rows, [], [])
        columns = [read(t) for t in towns]
        for code, _label in rows:
            line: list[Value] = []
            keys: list[str | None] = []
            for t, column in zip(towns, columns, strict=True):
                value: Value
                if DROPPED_TABLE.get(spec.key) in t.dropped:
                    value = X
                elif spec.key.startswith("months_") and code > t.cut_off[:7]:
                    value = None          # after the town's cut-off: not reported
                elif spec.key == "external" and t.external["id"] != external_id:
                    value = None          # another body's categories
                else:
                    value = column.get(code, 0)
                line.append(value)
                keys.append(_figure(model, spec, code, t, value))
            table.cells.append(line)
            table.keys.append(keys)
        _row_totals(model, table)
        try:
            _column_totals(model, table, towns)
        except _Broken as exc:
            raise MadoguchiError(INCONSISTENT, exc.town.path.name) from None
        rollup.tables.append(table)
    for i, town in enumerate(towns):
        try:
            _links(rollup, i, town)
        except ValueError:
            raise MadoguchiError(INCONSISTENT, town.path.name) from None
    return rollup


def _state(spec: Spec, town: TownFile) -> State:
    return "free" if spec.protected and town.exact else "shown"


def _figure(model: Model, spec: Spec, code: str, town: TownFile, value: Value) -> str | None:
    if not isinstance(value, int):
        return None
    if spec.key == "totals":   # the shared figures themselves
        key = f"{TOTALS[code]}|{town.code}"
        state: State = "shown" if code == "sessions" else _state(spec, town)
        return model.add(key, value, state, TOTAL_WEIGHT)
    protected = spec.protected and not (spec.key == "measures" and code.endswith(":sessions"))
    return model.add(f"{spec.key}:{code}|{town.code}", value,
                     "free" if protected and town.exact else "shown")


def _row_totals(model: Model, table: RollupTable) -> None:
    spec = table.spec
    for (code, _label), line, keys in zip(table.rows, table.cells, table.keys, strict=True):
        if X in line:
            table.totals.append(X)
            table.total_keys.append(None)
            continue
        value = sum(v for v in line if isinstance(v, int))
        exact = any(k is not None and model.figures[k].state == "free" for k in keys)
        state: State = "free" if exact else "shown"
        if spec.key == "totals":
            key = model.add(f"{TOTALS[code]}|+", value, state, GRAND_WEIGHT)
        else:
            least = 1 if spec.list_name and value else 0
            key = model.add(f"{spec.key}:{code}|+", value, state, TOTAL_WEIGHT, least)
        model.total(key, [k for k in keys if k is not None])
        table.totals.append(value)
        table.total_keys.append(key)


def _column_totals(model: Model, table: RollupTable, towns: list[TownFile]) -> None:
    """Each town's column adds up to its shared total (where the column has no x and
    nothing unreported), and so do the row totals to the overall one."""
    spec = table.spec
    if spec.total is None:
        return
    values: list[Value] = []
    keys: list[str | None] = []
    for i, t in enumerate(towns):
        key = f"{spec.total}|{t.code}"
        column = [line[i] for line in table.cells]
        cell_keys = [k[i] for k in table.keys]
        if key in model.figures:
            values.append(model.figures[key].value)
            keys.append(key)
            if all(isinstance(v, int) or v is None for v in column):
                try:
                    model.total(key, [k for k in cell_keys if k is not None])
                except ValueError:
                    raise _Broken(t) from None
        else:
            values.append(X)
            keys.append(None)
    grand = f"{spec.total}|+"
    values.append(model.figures[grand].value if grand in model.figures else X)
    keys.append(grand if grand in model.figures else None)
    if grand in model.figures and all(k is not None for k in table.total_keys):
        model.total(grand, [k for k in table.total_keys if k is not None])
    table.column_totals, table.column_keys = values, keys


def _links(rollup: Rollup, i: int, town: TownFile) -> None:
    """What a reader knows between the tables of one town: a topic, an external category
    or a measure's consultations at most its consultations; persons at most consultations;
    a category at least each topic feeding it and at most their sum."""
    model = rollup.model
    tables = {t.spec.key: t for t in rollup.tables}
    cons = f"cons|{town.code}"
    if cons not in model.figures:
        return

    def key(table: str, row: str) -> str | None:
        t = tables[table]
        index = next((r for r, (code, _l) in enumerate(t.rows) if code == row), None)
        return None if index is None else t.keys[index][i]

    persons = f"persons|{town.code}"
    if persons in model.figures:
        model.at_most([persons], [cons])
    for table in ("topics", "external"):
        for line in tables[table].keys:
            cell = line[i]
            if cell is not None:
                model.at_most([cell], [cons])
    for m in MEASURES:
        for q, total in QUANTITY_TOTAL.items():
            measure = key("measures", f"{m}:{q}")
            whole = f"{total}|{town.code}"
            if measure is not None and whole in model.figures:
                model.at_most([measure], [whole])
    if not rollup.external_towns[i]:
        return
    feeds = {c["code"]: c["topics"] for c in town.external["categories"]}
    feeds[UNMAPPED] = town.external["unmapped_topics"]
    for code, topics in feeds.items():
        cat = key("external", code)
        parts = [key("topics", t) for t in topics if t in town.tables["topics"]]
        if cat is None or None in parts:
            continue   # an x among them: the town's own report protects it
        present = [p for p in parts if p is not None]
        for p in present:
            model.at_most([p], [cat])
        model.at_most([cat], present)
