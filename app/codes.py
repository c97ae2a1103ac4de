"""Code lists (topics, channels, statuses, nationalities…): records keep codes, not labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import audit, kinds, rules
from app.errors import ValidationError
from app.store import Store
from app.validation import check_fields

LISTS = kinds.CODE_LISTS
KIND = kinds.CODE_ITEM
STATUSES = rules.STATUSES  # of a consultation (app/rules.py)


@dataclass(frozen=True)
class CodeItem:
    list: str
    code: str
    label_ja: str
    label_en: str
    sort_order: int = 0
    active: bool = True
    # Labels in the other UI languages (code_labels); a missing one falls back to English.
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def label(self, lang: str) -> str:
        if lang == "ja":
            return self.label_ja
        return self.labels.get(lang) or self.label_en


class CodeBook:
    """All code lists, loaded once; reload after Settings edits them."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._items: dict[str, list[CodeItem]] = {}
        self._index: dict[tuple[str, str], CodeItem] = {}
        self.reload()

    def reload(self) -> None:
        rows = self._store.query(
            f"SELECT {', '.join(KIND.columns)} FROM code_items ORDER BY list, sort_order, code")
        others: dict[tuple[str, str], dict[str, str]] = {}
        for list_name, code, lang, text in self._store.query(
                "SELECT list, code, lang, label FROM code_labels"):
            others.setdefault((list_name, code), {})[lang] = text
        self._items = {}
        self._index = {}
        for row in rows:
            values = {f.name: f.from_column(v)
                      for f, v in zip(KIND.stored_fields, row, strict=True)}
            item = CodeItem(**values, labels=others.get((values["list"], values["code"]), {}))
            self._items.setdefault(item.list, []).append(item)
            self._index[(item.list, item.code)] = item

    def items(self, list_name: str, *, active_only: bool = True) -> list[CodeItem]:
        return [i for i in self._items.get(list_name, []) if i.active or not active_only]

    def has(self, list_name: str, code: str) -> bool:
        return (list_name, code) in self._index

    def label(self, list_name: str, code: str | None, lang: str = "en") -> str:
        if not code:
            return ""
        item = self._index.get((list_name, code))
        return item.label(lang) if item else code

    def codes(self, list_name: str) -> set[str]:
        return {i.code for i in self._items.get(list_name, [])}

    def save(self, item: CodeItem) -> None:
        self._store.require_admin("change the code lists")
        errors = check_fields(KIND, item, self)
        if errors:
            raise ValidationError(errors, "code item")
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO code_items (list, code, label_ja, label_en, sort_order, active) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (list, code) DO UPDATE SET "
                "label_ja = excluded.label_ja, label_en = excluded.label_en, "
                "sort_order = excluded.sort_order, active = excluded.active",
                (item.list, item.code, item.label_ja.strip(), item.label_en.strip(),
                 item.sort_order, int(item.active)))
            audit.record(conn, self._store.user, "code_list", detail=f"{item.list}/{item.code}")
        self.reload()
