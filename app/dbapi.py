"""A thin DB-API-shaped face over an apsw connection, so that the rest of app/ keeps
writing `conn.execute(sql, params).fetchone()` as it did with sqlcipher3.

What it keeps from the sqlite3 module, because callers rely on it:
- autocommit: nothing is wrapped in an implicit transaction; `db.transaction` (BEGIN
  IMMEDIATE … COMMIT) is the only way a transaction starts, and `commit()`/`rollback()`
  only end one that is open;
- `execute` returns a cursor with `fetchone`, `fetchall`, iteration, `description`,
  `rowcount` (rows changed by the INSERT/UPDATE/DELETE just run; after `executemany`, by
  its last run) and `lastrowid`;
- `executescript` runs every statement of the script.

apsw differs where it would bite: a string of several statements runs only as far as the
first statement that returns rows (the rest run as the cursor is read), so `executescript`
reads the cursor to the end; and a cursor whose statement has finished has no description,
so one is asked of SQLite without running the statement again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import apsw

Params = Any  # a sequence, or a mapping for :name parameters
Description = tuple[tuple[str, str | None, None, None, None, None, None], ...]


class Cursor:
    __slots__ = ("_conn", "_cur", "_sql", "_params", "rowcount", "lastrowid")

    def __init__(self, conn: apsw.Connection, cur: apsw.Cursor, sql: str,
                 params: Params) -> None:
        self._conn, self._cur, self._sql, self._params = conn, cur, sql, params
        self.rowcount: int = conn.changes()
        self.lastrowid: int = conn.last_insert_rowid()

    def fetchone(self) -> Any:
        return self._cur.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cur.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return self._cur

    @property
    def description(self) -> Description:
        try:
            return tuple(self._cur.description)
        except apsw.ExecutionCompleteError:  # no rows, or all read: ask without running
            from apsw.ext import query_info  # here: importing it takes ~0.1 s

            info = query_info(self._conn, self._sql, self._params or None)
            return tuple((name, decltype, None, None, None, None, None)
                         for name, decltype in info.description or ())


class Connection:
    """One apsw connection. Safe to share between threads; Store serialises its use."""

    __slots__ = ("raw",)

    def __init__(self, raw: apsw.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        raw = self.raw
        return Cursor(raw, raw.execute(sql, params), sql, params)

    def executemany(self, sql: str, seq_of_params: Iterable[Params]) -> Cursor:
        raw = self.raw
        return Cursor(raw, raw.executemany(sql, seq_of_params), sql, None)

    def executescript(self, script: str) -> None:
        for _row in self.raw.execute(script):
            pass

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.in_transaction)

    def commit(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")

    def create_collation(self, name: str,
                         compare: Callable[[str, str], int] | None) -> None:
        self.raw.create_collation(name, compare)

    def interrupt(self) -> None:
        self.raw.interrupt()

    def set_trace_callback(self, callback: Callable[[str], object] | None) -> None:
        """Each statement as it runs, its parameters written in (as sqlite3's own trace
        gives it): for tests that read which statements a piece of work runs."""
        if callback is None:
            self.raw.exec_trace = None
            return

        def trace(_cursor: object, sql: str, bindings: object) -> bool:
            callback(_expanded(sql, bindings))
            return True

        self.raw.exec_trace = trace

    def close(self) -> None:
        self.raw.close()


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    return "'" + str(value).replace("'", "''") + "'"


def _expanded(sql: str, bindings: object) -> str:
    if isinstance(bindings, dict):
        return re.sub(r"[:@$](\w+)", lambda m: _literal(bindings[m[1]])
                      if m[1] in bindings else m[0], sql)
    if isinstance(bindings, tuple | list):
        values = iter(bindings)
        return re.sub(r"\?", lambda _m: _literal(next(values, None)), sql)
    return sql
