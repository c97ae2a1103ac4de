"""What a record kind is made of: its fields and the columns of its list, and the generic
conversions between a record (a dataclass of app/records.py) and its table's row.

The kinds themselves are defined once, in app/kinds.py; everything that needs to know a
kind's fields (validation, the save and load column lists, the list columns, the export's
field table, retention's purge, search text) reads those definitions through this module.
"""

from __future__ import annotations

import builtins
import importlib
import json
from dataclasses import dataclass, field, make_dataclass
from functools import cached_property
from typing import Any

from app.records import SnsContact
from app.rows import jdump

# Field types. Columns of the kind's own table:
TEXT = "text"            # str, NOT NULL DEFAULT ''
OPT_TEXT = "opt_text"    # str | None
DATE = "date"            # 'YYYY-MM-DD' (Japan local) | None
TIME = "time"            # 'HH:MM' | None
DATETIME = "datetime"    # 'YYYY-MM-DDTHH:MM' (Japan local)
CODE = "code"            # a code of `code_list` (or one of `choices`); None when not required
CODES = "codes"          # list of codes of `code_list`, stored as a JSON array
STRINGS = "strings"      # list of texts, stored as a JSON array
CONTACTS = "contacts"    # list of SnsContact, stored as a JSON array of {app, handle}
INT = "int"
REAL = "real"
BOOL = "bool"            # stored 0/1
REF = "ref"              # another record's row id (its uuid in files) | None
# Held in tables of their own (the kind's module saves them; they are not columns):
CHILD_CODES = "child_codes"   # list of codes (consultation_topics, session_topics)
CHILD_REFS = "child_refs"     # list of row ids (session_attendees, kb_organisations)
COUNTS = "counts"             # {code: count} (session_headcounts)
LINKS = "links"               # list of HouseholdLink (resident_links)
TEXTS = "texts"               # list of KbText (kb_texts)
LABELS = "labels"             # {UI language: label} (code_labels)

_JSON_LISTS = frozenset({CODES, STRINGS, CONTACTS})
_CHILDREN = frozenset({CHILD_CODES, CHILD_REFS, COUNTS, LINKS, TEXTS, LABELS})
_TEXTLIKE = frozenset({TEXT, OPT_TEXT, DATE, TIME, DATETIME, CODE, REF})

# Beside its fields, every record table has these columns (app/rows.py writes the stamps),
# and every record these attributes.
# around every record: its keys, its stamps, and which version of which device it is
# (db/migrations/0015_identity.sql)
ROW_COLUMNS = ("id", "uuid", "created_at", "updated_at", "created_by", "updated_by",
               "version", "device_id")
RECORD_KEYS = ("id", "uuid")

# How a list shows a column's value (ui/table_model.py formats by these).
SHOWN = {DATE: "date", DATETIME: "datetime", BOOL: "check"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool = False
    code_list: str | None = None          # CODE / CODES / CHILD_CODES: the code list
    choices: tuple[str, ...] | None = None  # a fixed list instead of a code list
    sensitive: bool = False               # 要配慮個人情報; kept in step with sensitive_fields
    personal: bool = False                # blanked when the person is purged (retention)
    export: str = ""                      # its name in the export file, when not `name`
    ref: str | None = None                # REF / CHILD_REFS: the table it points into
    check: str | None = None              # 'email' | 'katakana' | 'card_number'
    not_future: bool = False              # a DATE that cannot lie after today
    bounds: tuple[float, float] | None = None  # INT / REAL: the allowed range
    strip: bool = False                   # TEXT saved without surrounding blanks
    file_default: bool = False            # required, but a file may leave it out
    missing: str = ""                     # the message when required and empty
    invalid: str = ""                     # the message when not in its list or form
    list_label: str = ""                  # shown as a list column with this header
    shown: str = ""                       # how a list shows it, when not by its type

    @property
    def stored(self) -> bool:
        """A column of the kind's own table (children live in tables of their own)."""
        return self.type not in _CHILDREN

    @property
    def export_name(self) -> str:
        return self.export or self.name

    @property
    def file_types(self) -> tuple[builtins.type, ...]:
        """The JSON types a file may hold for it (app/exchange.py checks them)."""
        if self.type in _TEXTLIKE:
            return (str,) if self.type == TEXT or self.required else (str, builtins.type(None))
        return {INT: (int,), REAL: (int, float), BOOL: (bool,),
                COUNTS: (dict,), LABELS: (dict,)}.get(self.type, (list,))

    @property
    def file_required(self) -> bool:
        return self.required and not self.file_default

    def empty(self) -> Any:
        """A new record's value, as a dataclass default (lists and dicts by factory)."""
        if self.type in (CODES, STRINGS, CONTACTS, CHILD_CODES, CHILD_REFS, LINKS, TEXTS):
            return field(default_factory=list)
        if self.type in (COUNTS, LABELS):
            return field(default_factory=dict)
        if self.type in (TEXT, DATETIME) or (self.type == CODE and self.required):
            return ""
        return {INT: 0, REAL: 0.0, BOOL: False}.get(self.type)

    def blank(self) -> Any:
        """The stored value of a blanked field (what a new record stores)."""
        if self.type in _JSON_LISTS:
            return "[]"
        return self.to_column(self.empty())

    def to_column(self, value: Any) -> Any:
        if self.type in (CODES, STRINGS):
            return jdump(list(value))
        if self.type == CONTACTS:
            return jdump([{"app": c.app, "handle": c.handle} for c in value])
        if self.type == BOOL:
            return int(bool(value))
        if self.type == REAL:
            return float(value)
        if self.strip and isinstance(value, str):
            return value.strip()
        return value

    def from_column(self, value: Any) -> Any:
        if self.type in (CODES, STRINGS):
            return json.loads(str(value))
        if self.type == CONTACTS:
            return [SnsContact(**c) for c in json.loads(str(value))]
        if self.type == BOOL:
            return bool(value)
        return value


@dataclass(frozen=True)
class ListColumn:
    """A column of a kind's list. Written out in a definition (`Kind.derived`) when it is
    not one field's value: a name made of two fields, a count."""
    key: str
    label: str
    expr: str                       # SQL over the list's source; {a} is the kind's alias
    code_list: str | None = None
    sortable: bool = True
    sort: str | None = None         # what to order by, when not `expr`
    names: bool = False             # order as the UI language orders names
    shown: str = ""                 # how the list shows it (see SHOWN)


@dataclass(frozen=True)
class Kind:
    name: str                       # 'resident' (audit rows, ValidationError)
    table: str                      # 'residents'
    fields: tuple[Field, ...]
    record_type: str = ""           # 'app.records:Resident'; "" makes one from the fields
    export_name: str = ""           # the export file's key; the table name when ""
    alias: str = "t"                # the table's alias in list SQL
    list_context: str = ""          # translation context of the list headers
    list_order: tuple[str, ...] = ()  # list columns in order; fields with a label when ()
    derived: tuple[ListColumn, ...] = ()
    search_text: tuple[str, ...] = ()  # the fields its search text is made of, in order
    day: str = ""                   # SQL of its Japan-local date, {a} its alias (activity)
    keyed: bool = True              # has `id` and `uuid` (code items have neither)
    # Columns beside the fields that only sync reads and writes (an unkeyed kind's version
    # and device; keyed kinds have them among ROW_COLUMNS).
    sync_columns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: a field is defined twice")
        if not set(self.search_text) <= set(names):
            raise ValueError(f"{self.name}: search text of fields it does not have")

    @cached_property
    def record_class(self) -> Any:
        if not self.record_type:
            return make_dataclass(self.name.title().replace("_", ""), [
                *((f.name, Any, f.empty()) for f in self.fields),
                *((key, Any, None if key == "id" else "") for key in RECORD_KEYS)])
        module, name = self.record_type.split(":")
        return getattr(importlib.import_module(module), name)

    @cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def field(self, name: str) -> Field:
        return self.by_name[name]

    @cached_property
    def columns(self) -> tuple[str, ...]:
        """The columns a save writes and a load reads, in the table's order."""
        return tuple(f.name for f in self.fields if f.stored)

    @cached_property
    def stored_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.stored)

    @property
    def file_key(self) -> str:
        return self.export_name or self.table

    def select(self, where: str = "id = ?") -> str:
        """SELECT the record's keys (id, uuid) and the columns, for `record()`."""
        return (f"SELECT {', '.join((*RECORD_KEYS, *self.columns))} FROM {self.table} "
                f"WHERE {where}")

    def values(self, record: Any) -> dict[str, Any]:
        """The row a save writes, from the record."""
        return {f.name: f.to_column(getattr(record, f.name)) for f in self.stored_fields}

    def record(self, row: tuple[Any, ...]) -> Any:
        """The record of a row read with `select()` (children not filled in)."""
        values: dict[str, Any] = dict(zip(RECORD_KEYS, row, strict=False))
        for f, value in zip(self.stored_fields, row[len(RECORD_KEYS):], strict=True):
            values[f.name] = f.from_column(value)
        return self.record_class(**values)

    def sensitive_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.sensitive)

    def purged_fields(self) -> tuple[Field, ...]:
        """Blanked when the person the record is about is purged: personal and sensitive."""
        return tuple(f for f in self.stored_fields if f.personal or f.sensitive)

    def file_fields(self) -> dict[str, tuple[tuple[type, ...], bool]]:
        """Export name → (JSON types, required): the import's field table."""
        return {f.export_name: (f.file_types, f.file_required) for f in self.fields}

    def list_columns(self) -> tuple[ListColumn, ...]:
        """The list's columns, in order, with {a} replaced by the kind's alias."""
        derived = {c.key: c for c in self.derived}
        order = self.list_order or tuple(f.name for f in self.fields if f.list_label)
        out: list[ListColumn] = []
        for key in order:
            if key in derived:
                col = derived[key]
                out.append(ListColumn(col.key, col.label, col.expr.format(a=self.alias),
                                      col.code_list, col.sortable,
                                      col.sort.format(a=self.alias) if col.sort else None,
                                      col.names, col.shown))
                continue
            f = self.by_name[key]
            expr = f"{self.alias}.{f.name}"
            if f.type == CODES:
                expr = f"(SELECT group_concat(value, ',') FROM json_each({expr}))"
            out.append(ListColumn(
                key, f.list_label, expr, f.code_list if f.type in (CODE, CODES) else None,
                sortable=f.type not in _JSON_LISTS,
                shown=f.shown or ("status" if f.choices else SHOWN.get(f.type, ""))))
        return tuple(out)

