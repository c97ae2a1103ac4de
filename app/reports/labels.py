"""Japanese labels for report rows: code lists, plus the few codes reports add."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.codes import CodeBook
from app.reports.stats import ANONYMOUS, UNKNOWN

EXTRA = {ANONYMOUS: "匿名（不明）", UNKNOWN: "未登録"}
STATUS_JA = {"open": "対応中", "referred": "関係機関へ紹介", "waiting": "回答待ち",
             "closed": "完了"}
MONTHS_FY = (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)


def label(codes: CodeBook, list_name: str, code: str) -> str:
    return EXTRA.get(code) or codes.label(list_name, code, "ja")


def ordered(codes: CodeBook, list_name: str, present: Iterable[str]) -> list[str]:
    """The codes that occur, in the code list's own order; codes it lacks go last."""
    wanted = set(present)
    known = [i.code for i in codes.items(list_name, active_only=False) if i.code in wanted]
    return known + sorted(wanted - set(known))


def nonzero(*counters: Counter[str]) -> set[str]:
    return {k for c in counters for k, v in c.items() if v}
