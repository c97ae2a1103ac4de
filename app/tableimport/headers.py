"""Find the header row under title rows and merged cells, and guess each column's field
from its header name and, where names are ambiguous, from its values."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from app.tableimport.cells import text_of

# Fields of a consultation log, and of a resident roster.
LOG_FIELDS = ("date", "time", "name", "kana", "nationality", "language", "channel", "topics",
              "asked", "done", "notes", "minutes", "status", "cancelled")
ROSTER_FIELDS = ("name", "kana", "birth_date", "nationality", "residence_status", "expiry",
                 "district")
IGNORE = "ignore"

# Header names seen in towns' logs and registry extracts, normalised (see header_key).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("相談日", "日付", "年月日", "受付日", "対応日", "相談年月日", "月日", "date"),
    "time": ("時刻", "時間帯", "受付時刻", "開始時刻", "time"),
    "name": ("相談者", "氏名", "名前", "相談者名", "相談者氏名", "対象者", "name", "氏名(英字)",
             "氏名(ローマ字)", "ローマ字氏名"),
    "kana": ("カナ", "フリガナ", "ふりがな", "氏名カナ", "カナ氏名", "よみがな", "読み"),
    "nationality": ("国籍", "国籍・地域", "国", "nationality"),
    "language": ("言語", "使用言語", "対応言語", "相談言語", "language"),
    "channel": ("相談方法", "方法", "手段", "受付方法", "経路", "相談手段", "channel"),
    "topics": ("分類", "相談分類", "相談内容", "相談種別", "内容区分", "区分", "項目", "分野",
               "相談分野", "topic", "topics", "category"),
    "asked": ("内容", "相談概要", "概要", "相談事項", "質問", "詳細", "asked"),
    "done": ("対応", "対応内容", "対応結果", "回答", "処理", "結果", "done"),
    "notes": ("備考", "メモ", "特記事項", "その他", "notes", "remarks"),
    "minutes": ("所要時間", "時間(分)", "所要時間(分)", "対応時間", "minutes"),
    "status": ("状況", "状態", "ステータス", "進捗", "status"),
    "cancelled": ("取消", "取り消し", "キャンセル"),
    "birth_date": ("生年月日", "誕生日"),
    "residence_status": ("在留資格", "資格", "residence status"),
    "expiry": ("在留期間満了日", "在留期限", "満了日", "在留期間の満了日"),
    "district": ("住所の地区", "地区", "行政区", "地域", "district"),
}
# Headers of columns that only number the rows: left out, not kept in the notes.
ROW_NUMBER_HEADERS = frozenset({"no", "no.", "№", "番号", "連番", "通し番号", "#", "ナンバー"})
# A header that means one field when the sheet has no better column for it, and another
# when it has: 相談内容 is the list of topics in one town and the free text in another.
SECOND_CHOICE = {"相談内容": "asked"}
_KEY_TO_FIELD: dict[str, str] = {}
for _field, _names in SYNONYMS.items():
    for _name in _names:
        _KEY_TO_FIELD.setdefault(_name.casefold(), _field)
# The header row is among the first rows; a title, a town name and a blank row come first.
HEADER_SEARCH_ROWS = 30


def header_key(value: Any) -> str:
    """A header cell as it is compared: NFKC, no spaces or line breaks, case-folded."""
    return "".join(unicodedata.normalize("NFKC", text_of(value)).split()).casefold()


def field_for(header: str, fields: Sequence[str]) -> str | None:
    found = _KEY_TO_FIELD.get(header_key(header))
    return found if found in fields else None


def find_header_row(rows: list[list[Any]], fields: Sequence[str]) -> int | None:
    """The 0-based index of the row with the most known header names (at least two), or
    None: a sheet without one (a summary, a note) is not a table."""
    best, best_hits = None, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = len({f for v in row if (f := field_for(text_of(v), fields))})
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def header_names(rows: list[list[Any]], header_row: int) -> list[str]:
    """The header row's names; an empty cell under a merged title takes the name of the
    cell to its left with a number (氏名, 氏名 2), and a column with no name at all its
    letter (列 C)."""
    names: list[str] = []
    last = ""
    for col, value in enumerate(rows[header_row]):
        text = " ".join(unicodedata.normalize("NFKC", text_of(value)).split())
        if text and text in names:
            names.append(f"{text} {sum(1 for n in names if n.startswith(text)) + 1}")
        elif text:
            last = text
            names.append(text)
        elif last:
            names.append(f"{last} {sum(1 for n in names if n.startswith(last)) + 1}")
        else:
            names.append(f"列 {column_letter(col)}")
    return names


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def guess_columns(names: list[str], samples: list[list[str]], fields: Sequence[str]
                  ) -> dict[str, str]:
    """header name → field for one sheet. Each field takes one column, the first; 相談内容
    becomes the free text when another column holds the topics, or when its values are
    long sentences rather than short categories."""
    guessed: dict[str, str] = {}
    taken: set[str] = set()
    for col, name in enumerate(names):
        field = field_for(name, fields)
        if field is None or field in taken:
            continue
        key = header_key(name)
        if key in SECOND_CHOICE and SECOND_CHOICE[key] in fields:
            other_topics = any(field_for(n, fields) == field and header_key(n) != key
                               for n in names)
            values = [s[col] for s in samples if col < len(s) and s[col]]
            long_text = bool(values) and sum(len(v) for v in values) / len(values) > 15
            if other_topics or long_text:
                field = SECOND_CHOICE[key]
                if field in taken:
                    continue
        guessed[name] = field
        taken.add(field)
    return guessed
