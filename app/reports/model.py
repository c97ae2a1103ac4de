"""What a report is, independent of how it is drawn: titled sections of tables, charts and
paragraphs. The PDF, Excel and CSV renderers only read this."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# A table cell: a number, a label, None for an empty cell, or SUPPRESSED for a small count
# that must not be shown.
SUPPRESSED = "x"
Cell = int | float | str | None


@dataclass
class Table:
    key: str                     # stable ASCII id: sheet and CSV file names (e.g. "by_topic")
    title: str                   # Japanese heading, e.g. "相談分野別件数"
    columns: list[str]           # header labels; the first column holds the row labels
    rows: list[list[Cell]]
    total_row: list[Cell] | None = None   # drawn bold under the rows
    note: str = ""               # small print under the table

    @property
    def width(self) -> int:
        return len(self.columns)


@dataclass
class Chart:
    kind: Literal["bar", "line"]
    title: str
    labels: list[str]            # categories (bar) or x positions (line), e.g. 4月 … 3月
    series: list[tuple[str, list[float]]]   # (legend label, one value per label)


@dataclass
class Paragraph:
    text: str


Block = Table | Chart | Paragraph


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class ReportDocument:
    kind: Literal["monthly", "annual", "handover"]
    title: str                   # e.g. "令和8年度 外国人住民相談実績報告"
    town: str                    # e.g. "みさき町"
    period: str                  # e.g. "2026年10月" or "令和8年度（2026年4月～2027年3月）"
    made_on: str                 # e.g. "2026年11月27日"
    file_stem: str               # e.g. "令和8年度_外国人相談実績_みさき町"
    sections: list[Section] = field(default_factory=list)
    stamp_boxes: list[str] = field(default_factory=list)  # ["担当", "係長", "課長"] (monthly)
    marking: str = ""            # printed on every page, e.g. "内部資料・取扱注意" (monthly)

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]
