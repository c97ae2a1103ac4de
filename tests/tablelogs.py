"""Hand-made old logs for the table import tests, in every shape a town's files take."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HEADER_APRIL = ["相談日", "相談者", "国籍", "分類", "対応", "備考"]
HEADER_MAY = ["日付", "氏名", "国籍", "相談内容", "対応"]

# (cell values of April, what the row is) — row 4 onwards of sheet 「4月」
APRIL: list[tuple[list[object], str]] = [
    ([date(2025, 4, 3), "グエン・ヴァン・アン（Nguyen Van An）", "ベトナム", "病院、保険",
      "病院を紹介", ""], "import"),
    (["R7.4.4", "Nguyen Van An", "ベトナム", "年金・税", "説明した", ""], "import"),
    (["令和7年4月5日", "", "フィリピン", "ゴミの出し方", "パンフレット", "匿名・電話"], "import"),
    ([None] * 6, "blank"),
    (["２０２５/４/７", "サントス", "フィリピン", "住宅\n仕事", "", ""], "import"),
    ([datetime(2025, 4, 8, 14, 30), "Siti Aminah", "インドネシア", "日本語", "", ""], "import"),
    (["2025/4/9", "Tran Thi Mai", "ベトナム", "病院", "", "取消"], "cancelled"),
    (["2025/4/10", "Lee", "韓国", "税", "", ""], "struck"),
    (["合計", None, None, None, None, None], "total"),
]
MAY: list[tuple[list[object], str]] = [
    (["H31.4.30", "グエン", "ベトナム", "病院", "受診の仕方を説明"], "import"),
    ([45786, "SITI AMINAH", "インドネシア", "税・年金", ""], "import"),   # Excel serial
    (["2025-05-14 09:05", "サントス", "フィリピン", "ゴミ・生活ルール", ""], "import"),
]


def april_may_workbook(path: Path, *, bad_date: bool = False) -> Path:
    """Sheets 「4月」 (title and a merged title row above the header, a struck row, a 取消
    row, a 合計 row), 「5月」 (other header names) and 「集計」 (formulas)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "4月"
    ws["A1"] = "令和7年度 外国人相談記録（4月）"
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(HEADER_APRIL)
    for cells, kind in APRIL:
        ws.append(cells)
        if kind == "struck":
            for cell in ws[ws.max_row]:
                cell.font = Font(strike=True)
    may = wb.create_sheet("5月")
    may.append(HEADER_MAY)
    for cells, _kind in MAY:
        may.append(cells)
    if bad_date:
        may.append(["R7.2.30", "Tran Thi Mai", "ベトナム", "病院", ""])
    summary = wb.create_sheet("集計")
    summary["A1"] = "件数"
    summary["B1"] = "=COUNTA('4月'!A4:A100)"
    summary["A2"] = "計"
    summary["B2"] = "=SUM(B1)"
    wb.save(path)
    return path


CSV_HEADER = ["相談日", "相談者", "国籍", "相談方法", "分類", "対応"]
CSV_ROWS = [
    ["R7.4.3", "グエン・ヴァン・アン（Nguyen Van An）", "ベトナム", "窓口", "病院、保険", "紹介"],
    ["令和7年4月10日", "", "ネパール", "電話", "年金・税", "匿名"],
    ["2025/4/11", "タパ", "ネパール", "来庁", "ゴミの出し方\n住宅", ""],
    ["", "", "", "", "", ""],
    ["合計", "", "", "", "", ""],
]


def csv_bytes(encoding: str, rows: list[list[str]] | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["外国人相談記録 令和7年度"])
    writer.writerow(CSV_HEADER)
    writer.writerows(rows if rows is not None else CSV_ROWS)
    return buffer.getvalue().encode(encoding)


def big_log(path: Path, rows: int, *, seed: int = 1) -> Path:
    """A long one-sheet log of `rows` consultations over ten years, about 600 people."""
    import random

    rng = random.Random(seed)
    family = ["グエン", "チャン", "レ", "ファム", "サントス", "タパ", "シティ", "リー", "ワン"]
    given = ["アン", "ミン", "ホア", "マリア", "ラム", "ヌル", "メイ", "タオ"]
    nations = ["ベトナム", "フィリピン", "ネパール", "インドネシア", "中国"]
    topics = ["病院", "保険", "年金・税", "ゴミの出し方", "住宅", "仕事", "日本語", "ビザ"]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("相談記録")
    ws.append(["外国人相談記録（平成27年度～令和6年度）"])
    ws.append(["相談日", "相談者", "国籍", "相談方法", "分類", "対応", "備考"])
    start = date(2015, 4, 1).toordinal()
    for n in range(rows):
        day = date.fromordinal(start + n * 3650 // rows)
        person = rng.randrange(600)
        name = f"{family[person % 9]}・{given[person // 9 % 8]}{person // 72 or ''}"
        when: object = day if n % 3 else f"R{day.year - 2018}.{day.month}.{day.day}" \
            if day.year >= 2020 else day.strftime("%Y/%m/%d")
        ws.append([when, name if n % 17 else "", nations[person % 5],
                   ["窓口", "電話", "SNS"][n % 3],
                   "、".join(rng.sample(topics, 1 + n % 2)), "説明した" * (1 + n % 4),
                   "匿名" if n % 17 == 0 else ""])
    wb.save(path)
    return path
