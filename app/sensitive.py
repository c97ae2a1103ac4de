"""Which fields hold sensitive personal information (要配慮個人情報, APPI art. 2(3)).

The `sensitive_fields` table (db/migrations/0001_schema.sql) says so; the kinds'
definitions (app/kinds.py, `Field(sensitive=True)`) say the same and a test keeps the two in
step. Code that must treat such a field apart (a view of it leaves an audit row, retention
blanks it) asks here rather than naming the field.
"""

from __future__ import annotations

from typing import Any

from app import kinds
from app.db import Connection
from app.store import Store


def fields(source: Store | Connection, table: str) -> tuple[str, ...]:
    """The sensitive columns of `table`, in the table's column order."""
    sql = "SELECT column_name FROM sensitive_fields WHERE table_name = ?"
    found = ({str(r[0]) for r in source.query(sql, (table,))} if isinstance(source, Store)
             else {str(r[0]) for r in source.execute(sql, (table,)).fetchall()})
    kind = kinds.BY_TABLE.get(table)
    order = [f.name for f in kind.fields] if kind else sorted(found)
    return tuple(n for n in order if n in found) + tuple(sorted(found - set(order)))


def everywhere(source: Store | Connection) -> dict[str, tuple[str, ...]]:
    """table → its sensitive columns, for every table that has one."""
    sql = "SELECT DISTINCT table_name FROM sensitive_fields ORDER BY 1"
    tables = ([str(r[0]) for r in source.query(sql)] if isinstance(source, Store)
              else [str(r[0]) for r in source.execute(sql).fetchall()])
    return {t: fields(source, t) for t in tables}


def filled(record: Any, names: tuple[str, ...]) -> list[str]:
    """The sensitive fields that hold something in this record."""
    return [n for n in names if str(getattr(record, n, "") or "").strip()]
