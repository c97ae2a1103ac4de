"""Paged, sorted, filtered lists for the window's tables. All of it happens in SQL; a table
view asks for the row count, then for one page of rows at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app import db, kinds, rules
from app.fields import Kind
from app.store import Store


@dataclass
class ListFilter:
    date_from: str | None = None  # inclusive, 'YYYY-MM-DD'
    date_to: str | None = None    # inclusive
    status: str | None = None
    topic: str | None = None
    language: str | None = None
    nationality: str | None = None
    resident_id: int | None = None


@dataclass(frozen=True)
class Column:
    key: str
    expr: str
    code_list: str | None = None  # the value is a code: show its label
    sortable: bool = True
    sort: str | None = None  # what to order by, when not `expr` (so an index can serve)
    names: bool = False  # order as the UI language orders names (COLLATE names)
    label: str = ""  # the header, untranslated (context: the kind's list_context)
    shown: str = ""  # how the window shows the value (app/fields.py SHOWN)

    @property
    def order_expr(self) -> str:
        expr = self.sort or self.expr
        return f"{expr} COLLATE {db.NAME_COLLATION}" if self.names else expr


@dataclass(frozen=True)
class ListSpec:
    source: str
    columns: tuple[Column, ...]
    default_sort: str
    default_descending: bool
    date_expr: str | None = None
    status_expr: str | None = None
    topic_sql: str | None = None      # an EXISTS (...) with one '?' for the topic
    language_sql: str | None = None   # a condition with one '?'
    nationality_expr: str | None = None
    resident_sql: str | None = None   # a condition with one '?'

    @property
    def alias(self) -> str:
        """The listed table's alias in `source` ("consultations c …" → "c")."""
        return self.source.split()[1]

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


PERSON = rules.person_name()
FIRST_LINE = rules.first_line("{0}")
PERSON_LATIN = rules.person_latin()


def holds(json_list: str) -> str:
    """A condition: the JSON list (a CODES column) holds the code bound to its '?'."""
    return f"EXISTS (SELECT 1 FROM json_each({json_list}) WHERE value = ?)"


def columns_of(kind: Kind) -> tuple[Column, ...]:
    """A kind's list columns, as its definition (app/kinds.py) gives them."""
    return tuple(Column(c.key, c.expr, c.code_list, c.sortable, c.sort, c.names, c.label,
                        c.shown) for c in kind.list_columns())


def spec_of(kind: Kind) -> ListSpec:
    """A plain list of a kind with no filters: its columns, sorted by the first, last first
    (a kind with no spec of its own below, e.g. one added later)."""
    columns = columns_of(kind)
    return ListSpec(source=f"{kind.table} {kind.alias}", columns=columns,
                    default_sort=columns[0].key, default_descending=True)


RESIDENTS = ListSpec(
    source="residents r",
    columns=columns_of(kinds.RESIDENT),
    default_sort="latin", default_descending=False,
    date_expr="r.arrival_date",
    language_sql=holds("r.languages"),
    nationality_expr="r.nationality",
)

CONSULTATIONS = ListSpec(
    source="consultations c LEFT JOIN residents r ON r.id = c.resident_id",
    columns=columns_of(kinds.CONSULTATION),
    default_sort="occurred_at", default_descending=True,
    date_expr="substr(c.occurred_at, 1, 10)",
    status_expr="c.status",
    topic_sql="EXISTS (SELECT 1 FROM consultation_topics t "
              "WHERE t.consultation_id = c.id AND t.topic = ?)",
    language_sql="c.language = ?",
    nationality_expr=rules.consultation_nationality(),
    resident_sql="c.resident_id = ?",
)

ACCOMPANIMENTS = ListSpec(
    source="accompaniments a LEFT JOIN residents r ON r.id = a.resident_id",
    columns=columns_of(kinds.ACCOMPANIMENT),
    default_sort="date", default_descending=True,
    date_expr="a.date",
    nationality_expr="r.nationality",
    language_sql=holds("r.languages"),
    resident_sql="a.resident_id = ?",
)

SESSIONS = ListSpec(
    source="sessions s",
    columns=columns_of(kinds.SESSION),
    default_sort="date", default_descending=True,
    date_expr="s.date",
    topic_sql="EXISTS (SELECT 1 FROM session_topics t WHERE t.session_id = s.id "
              "AND t.topic = ?)",
    language_sql=holds("s.languages"),
    resident_sql="EXISTS (SELECT 1 FROM session_attendees x "
                 "WHERE x.session_id = s.id AND x.resident_id = ?)",
)

ORGANISATIONS = ListSpec(
    source="organisations o",
    columns=columns_of(kinds.ORGANISATION),
    default_sort="kind", default_descending=False,
    language_sql=holds("o.languages"),
)

BRIDGE_PERSONS = ListSpec(
    source="bridge_persons b",
    columns=columns_of(kinds.BRIDGE_PERSON),
    default_sort="name", default_descending=False,
    language_sql=holds("b.languages"),
)


def _where(spec: ListSpec, flt: ListFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def add(expr: str | None, sql: str, value: Any) -> None:
        if expr is not None and value not in (None, ""):
            clauses.append(sql.format(expr))
            params.append(value)

    add(spec.date_expr, "{} >= ?", flt.date_from)
    add(spec.date_expr, "{} <= ?", flt.date_to)
    add(spec.status_expr, "{} = ?", flt.status)
    add(spec.topic_sql, "{}", flt.topic)
    add(spec.language_sql, "{}", flt.language)
    add(spec.nationality_expr, "{} = ?", flt.nationality)
    add(spec.resident_sql, "{}", flt.resident_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# Tables whose number of rows triggers keep in row_counts (db/migrations/0013_row_counts.sql).
COUNTED = ("residents", "consultations", "accompaniments", "sessions")
_JOINED = re.compile(r"\bJOIN\s+\w+\s+(\w+)")


def count(store: Store, spec: ListSpec, flt: ListFilter) -> int:
    """Rows in the list. Unfiltered, the kept count (one read, where a count(*) walks a whole
    index); otherwise counted over the table of the list alone, without a join that only
    adds columns (a LEFT JOIN on the key of the other table changes no count)."""
    where, params = _where(spec, flt)
    table, alias = spec.source.split()[:2]
    if not where and table in COUNTED:
        kept = store.query_one("SELECT n FROM row_counts WHERE name = ?", (table,))
        if kept is not None:
            return int(kept[0])
    source = spec.source
    if not any(re.search(rf"\b{other}\.", where) for other in _JOINED.findall(source)) \
            and " LEFT JOIN " in source and " JOIN " not in source.replace(" LEFT JOIN ", ""):
        source = f"{table} {alias}"
    return int(store.query_one(f"SELECT count(*) FROM {source}{where}", params)[0])


def page(store: Store, spec: ListSpec, flt: ListFilter, sort: str, descending: bool,
         offset: int, limit: int) -> list[tuple[Any, ...]]:
    """Rows of (id, *columns) for one page. `sort` must be a sortable column key.

    The page's ids are found first, computing only the sort key, so that a deep offset does
    not compute every column of every row it skips; then the columns of those ids."""
    col = spec.column(sort)
    if not col.sortable:
        raise ValueError(f"column {sort} cannot be sorted")
    where, params = _where(spec, flt)
    direction = "DESC" if descending else "ASC"
    alias = spec.alias
    exprs = ", ".join(c.expr for c in spec.columns)
    sql = (f"WITH p AS (SELECT {alias}.id AS pid, {col.order_expr} AS skey "
           f"FROM {spec.source}{where} "
           f"ORDER BY {col.order_expr} {direction}, {alias}.id {direction} LIMIT ? OFFSET ?) "
           f"SELECT {alias}.id, {exprs} FROM p, {spec.source} WHERE {alias}.id = p.pid "
           f"ORDER BY p.skey {direction}, p.pid {direction}")
    return [tuple(r) for r in store.query(sql, (*params, limit, offset))]


READ_AHEAD_PART = 500  # rows: ≈ 1–2 ms a statement


def read_ahead(store: Store, spec: ListSpec, limit: int) -> None:
    """Read what the first page of the list reads, so that the pages of an encrypted file
    are already decrypted in the cache of the connection when the user opens the list: its
    count and first page; for a list ordered by a name, its table read once without an order
    instead (that order calls the collator of the UI language, which belongs to the UI
    thread, and sorts the whole table, so the first page reads every page of the table)."""
    flt = ListFilter()
    count(store, spec, flt)
    col = spec.column(spec.default_sort)
    if col.names:
        # the sort key of every row (read from an index), then every column the page shows
        # of every row (its table): the sort key alone read 30 of the page's 167 pages
        key = col.sort or col.expr
        store.query_one(f"SELECT max(length({key})) FROM {spec.source}")
        alias = spec.alias
        lengths = ", ".join(f"max(length({c.expr}))" for c in spec.columns)
        top = store.query_one(f"SELECT max({alias}.id) FROM {spec.source}")[0] or 0
        # in parts, each a statement of its own: the window's thread waits for the store's
        # lock only that long (the read-ahead runs at a low priority)
        for low in range(0, top + 1, READ_AHEAD_PART):
            store.query_one(f"SELECT {lengths} FROM {spec.source} "
                            f"WHERE {alias}.id BETWEEN ? AND ?", (low, low + READ_AHEAD_PART - 1))
        return
    page(store, spec, flt, spec.default_sort, spec.default_descending, 0, limit)
