"""Value maps: each distinct text of a coded column (topic, channel, nationality, language,
status, residence status) to a code. A text maps to a code when the profile says so, or
when it is the code's own label or one of the well-known words below; any other text stays
unmapped until the user chooses a code for it (it never falls into "other" by itself)."""

from __future__ import annotations

from collections.abc import Iterable

from app.codes import STATUSES, CodeBook
from app.tableimport.cells import split_dots, split_items, value_key

# field → code list
FIELD_LISTS = {"topics": "topic", "channel": "channel", "nationality": "nationality",
               "language": "language", "status": "status",
               "residence_status": "residence_status"}
STATUS_LABELS = {"open": ("対応中", "未完了", "継続", "継続中", "未対応", "open"),
                 "referred": ("紹介", "引継ぎ", "他機関紹介", "referred"),
                 "waiting": ("待ち", "回答待ち", "保留", "waiting"),
                 "closed": ("完了", "済", "終了", "対応済", "解決", "closed")}
# Words of old logs for a code, beside the code list's own labels.
WELL_KNOWN: dict[str, dict[str, tuple[str, ...]]] = {
    "topic": {
        "medical": ("病院", "医療", "健康", "通院", "診察", "受診"),
        "health_insurance": ("保険", "健康保険", "国保", "国民健康保険"),
        "tax_pension": ("税", "税金", "年金", "住民税", "税・年金"),
        "daily_rules": ("ゴミ", "ごみ", "ゴミの出し方", "ごみの出し方", "分別", "生活ルール"),
        "residence_procedures": ("ビザ", "在留", "在留資格", "在留カード", "在留手続き"),
        "labour": ("仕事", "労働", "雇用", "給料", "職場"),
        "housing": ("住宅", "住まい", "アパート"),
        "childcare_education": ("子育て", "教育", "学校", "保育園", "保育所"),
        "disaster": ("災害", "防災", "地震"),
        "japanese_learning": ("日本語", "日本語教室"),
        "welfare": ("福祉",),
        "marriage_family": ("結婚", "婚姻", "離婚", "家族"),
        "traffic_driving": ("運転免許", "交通", "免許"),
        "money_banking": ("銀行", "送金", "口座"),
        "translation_request": ("翻訳", "通訳"),
        "procedures_town": ("手続き", "手続", "転入", "転出", "届出", "役場"),
        "mental_health": ("こころ", "メンタル"),
    },
    "channel": {
        "desk": ("来庁", "窓口", "来所", "対面"),
        "phone": ("電話", "tel"),
        "sns": ("sns", "line", "facebook", "messenger", "zalo", "whatsapp"),
        "visit": ("訪問",),
        "email": ("メール", "email", "e-mail"),
        "online_video": ("オンライン", "ビデオ通話", "zoom"),
        "fair": ("相談会",),
    },
}


class ValueMaps:
    """What each text becomes, per code list: the profile's choices first, then labels and
    well-known words."""

    def __init__(self, codes: CodeBook, chosen: dict[str, dict[str, str]]) -> None:
        self.codes = codes
        self.known: dict[str, dict[str, str]] = {}
        for list_name in set(FIELD_LISTS.values()):
            table: dict[str, str] = {}
            for code, words in WELL_KNOWN.get(list_name, {}).items():
                if self.has(list_name, code):
                    table.update({value_key(w): code for w in words})
            for code in self.all_codes(list_name):
                table[value_key(code)] = code
                for label in self.labels(list_name, code):
                    table[value_key(label)] = code
            self.known[list_name] = table
        # "" in a profile: the clerk has not chosen a code yet
        self.chosen = {list_name: {value_key(t): c for t, c in texts.items() if c}
                       for list_name, texts in chosen.items()}

    def all_codes(self, list_name: str) -> list[str]:
        if list_name == "status":
            return list(STATUSES)
        return [i.code for i in self.codes.items(list_name, active_only=False)]

    def labels(self, list_name: str, code: str) -> list[str]:
        if list_name == "status":
            return list(STATUS_LABELS.get(code, ()))
        item = next((i for i in self.codes.items(list_name, active_only=False)
                     if i.code == code), None)
        return [] if item is None else [item.label_ja, item.label_en, *item.labels.values()]

    def has(self, list_name: str, code: str) -> bool:
        return code in STATUSES if list_name == "status" else self.codes.has(list_name, code)

    def code(self, list_name: str, text: str) -> str | None:
        """The code for one text, or None when nobody chose one."""
        key = value_key(text)
        if not key:
            return None
        chosen = self.chosen.get(list_name, {}).get(key)
        if chosen is not None:
            return chosen if self.has(list_name, chosen) else None
        return self.known[list_name].get(key)

    def suggest(self, list_name: str, text: str) -> str | None:
        """A code for the wizard to offer for a text: its exact match, else the first code
        whose label or well-known word is part of the text."""
        found = self.code(list_name, text)
        if found:
            return found
        key = value_key(text)
        for word, code in sorted(self.known[list_name].items(), key=lambda kv: -len(kv[0])):
            if len(word) >= 2 and word in key:
                return code
        return None

    def codes_of(self, list_name: str, cell: object) -> tuple[list[str], list[str]]:
        """(codes, unmapped texts) of a multi-value cell. The whole cell, then each part
        between 、 , / and line breaks, then each part's pieces between ・ are tried."""
        whole = self.code(list_name, str(cell)) if cell not in (None, "") else None
        if whole:
            return [whole], []
        found: list[str] = []
        missing: list[str] = []
        for part in split_items(cell):
            code = self.code(list_name, part)
            pieces: list[tuple[str, str | None]] = [(part, code)]
            if not code:
                pieces = [(p, self.code(list_name, p)) for p in split_dots(part)]
                if any(c is None for _p, c in pieces):
                    pieces = [(part, None)]
            for text, piece_code in pieces:
                if piece_code is None:
                    missing.append(text)
                elif piece_code not in found:
                    found.append(piece_code)
        return found, missing


def distinct_texts(cells: Iterable[object], multi: bool) -> list[str]:
    """The distinct texts a value map needs, in first-seen order."""
    seen: dict[str, None] = {}
    for cell in cells:
        for text in (split_items(cell) if multi else [str(cell).strip()]):
            if text:
                seen.setdefault(text, None)
    return list(seen)
