"""The preview of a log import: every row of every sheet and what would become of it —
imported (with its consultation and person), skipped (with the reason) or stopped by its
problems. Nothing is written here."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from app import validation
from app.errors import fill
from app.progress import NO_PROGRESS, Progress
from app.records import Consultation
from app.services import Services
from app.tableimport import messages as m
from app.tableimport.cells import (
    CellProblem,
    Name,
    fiscal_year_in,
    is_anonymous,
    parse_name,
    parse_time_cell,
    parse_when,
    text_of,
    value_key,
)
from app.tableimport.headers import (
    IGNORE,
    ROW_NUMBER_HEADERS,
    find_header_row,
    guess_columns,
    header_key,
    header_names,
)
from app.tableimport.people import Match, People
from app.tableimport.profile import Profile
from app.tableimport.source import Sheet, Workbook
from app.tableimport.staging import Staging
from app.tableimport.values import ValueMaps

Reason = tuple[str, tuple[object, ...]]
IMPORT, SKIP, PROBLEM = "import", "skip", "problem"
TOTAL_MARKS = ("合計", "計", "小計", "総計", "合計件数", "total")
CANCEL_MARKS = ("取消", "取消し", "取り消し", "キャンセル", "cancelled")
# A sheet whose cells are at least this share formulas is a summary, not a log.
FORMULA_SHARE = 0.2
SAMPLE_ROWS = 50


@dataclass
class SheetPlan:
    name: str
    header_row: int | None = None        # 1-based
    names: list[str] = field(default_factory=list)
    columns: dict[int, str] = field(default_factory=dict)  # column index → field
    skipped: str = ""                    # why the whole sheet is skipped
    fiscal_year: int | None = None       # the 年度 of the title, for days without a year


@dataclass
class RowPlan:
    sheet: str
    row: int                              # the sheet's own row number; 0: the whole sheet
    outcome: str                          # import | skip | problem
    reasons: list[Reason] = field(default_factory=list)
    consultation: Consultation | None = None
    match: Match | None = None


@dataclass
class Preview:
    book: Workbook
    profile: Profile
    sheets: list[SheetPlan]
    rows: list[RowPlan]
    people: People
    unmapped: dict[str, dict[str, int]]   # code list → text → rows

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome and r.row)

    def summary(self) -> dict[str, int]:
        return {"rows": sum(1 for r in self.rows if r.row), "import": self.count(IMPORT),
                "skip": self.count(SKIP), "problem": self.count(PROBLEM),
                "residents_new": len(self.people.new),
                "residents_matched": len(self.people.matched)}


def sheet_plans(book: Workbook, profile: Profile) -> list[SheetPlan]:
    """Each sheet's header row and columns: the profile's where it says, guessed elsewhere."""
    plans = []
    fields = profile.fields()
    for sheet in book.sheets:
        plan = SheetPlan(sheet.name)
        plans.append(plan)
        if sheet.formulas and sheet.formulas >= FORMULA_SHARE * max(1, sheet.value_cells()):
            plan.skipped = m.SKIP_FORMULAS
            continue
        if profile.sheets and sheet.name not in profile.sheets:
            plan.skipped = m.SKIP_NOT_CHOSEN
            continue
        if sheet.hidden and sheet.name not in profile.sheets:
            plan.skipped = m.SKIP_HIDDEN
            continue
        index = (profile.header_rows[sheet.name] - 1 if sheet.name in profile.header_rows
                 else find_header_row(sheet.rows, fields))
        if index is None or index >= len(sheet.rows):
            plan.skipped = m.SKIP_NO_HEADER
            continue
        plan.header_row = index + 1
        plan.names = header_names(sheet.rows, index)
        titles = [text_of(v) for row in sheet.rows[:index] for v in row if text_of(v)]
        plan.fiscal_year = profile.fiscal_year or fiscal_year_in(
            *titles, sheet.name, book.path.stem)
        samples = [[text_of(v) for v in r] for r in sheet.rows[index + 1:index + 1 + SAMPLE_ROWS]]
        guessed = guess_columns(plan.names, samples, fields)
        for col, name in enumerate(plan.names):
            field_name = profile.columns.get(name) or guessed.get(name)
            if field_name is None and header_key(name) in ROW_NUMBER_HEADERS:
                field_name = IGNORE
            if field_name is None and any(s[col] for s in samples if col < len(s)):
                # an unknown column with values: kept in the record's text, not dropped
                field_name = "notes" if "notes" in fields else IGNORE
            if field_name and field_name != IGNORE:
                plan.columns[col] = field_name
    return plans


def guess_profile(book: Workbook, base: Profile | None = None) -> Profile:
    """`base` (a saved profile, or an empty one) with the columns this file's header names
    and values suggest added. Value maps are not guessed here: a text that is not a code's
    own label or a well-known word waits for the user (see `suggest_values`)."""
    profile = Profile.from_json(base.to_json()) if base else Profile()
    for plan in sheet_plans(book, profile):
        for col, field_name in plan.columns.items():
            profile.columns.setdefault(plan.names[col], field_name)
    return profile


class Unmapped(Protocol):
    profile: Profile
    unmapped: dict[str, dict[str, int]]


def suggest_values(preview: Unmapped, services: Services) -> dict[str, dict[str, str]]:
    """For each text the preview could not map: the code the wizard offers (a label or
    well-known word inside the text), or "" when there is none. A saved profile holds these
    for the clerk to confirm or change; "" stays unmapped."""
    maps = ValueMaps(services.codes, preview.profile.values)
    return {list_name: {text: maps.suggest(list_name, text) or "" for text in texts}
            for list_name, texts in preview.unmapped.items()}


def make_preview(book: Workbook, staging: Staging, services: Services, profile: Profile,
                 progress: Progress = NO_PROGRESS) -> Preview:
    people = People.of_town(services.store)
    maps = ValueMaps(services.codes, profile.values)
    preview = Preview(book, profile, sheet_plans(book, profile), [], people, {})
    total = sum(len(s.rows) for s in book.sheets)
    done = 0
    for plan in preview.sheets:
        sheet = book.sheet(plan.name)
        assert sheet is not None
        if plan.skipped:
            preview.rows.append(RowPlan(plan.name, 0, SKIP, [(plan.skipped, ())]))
            done += len(sheet.rows)
            continue
        assert plan.header_row is not None
        for number, struck, cells in staging.rows(plan.name):
            done += 1
            progress.tick(done, total)
            preview.rows.append(_row(preview, maps, plan, sheet, number, struck, cells))
    return preview


def _row(preview: Preview, maps: ValueMaps, plan: SheetPlan, sheet: Sheet, number: int,
         struck: bool, cells: list[Any]) -> RowPlan:
    row = RowPlan(plan.name, number, SKIP)
    texts = [text_of(c) for c in cells]
    assert plan.header_row is not None
    if not any(texts):
        row.reasons.append((m.SKIP_BLANK, ()))
    elif number < plan.header_row:
        row.reasons.append((m.SKIP_TITLE, ()))
    elif number == plan.header_row:
        row.reasons.append((m.SKIP_HEADER, ()))
    elif struck:
        row.reasons.append((m.SKIP_STRUCK, ()))
    elif any(_is_cancel_mark(t) for t in texts) or any(
            texts[c] for c, f in plan.columns.items() if f == "cancelled" and c < len(texts)):
        row.reasons.append((m.SKIP_CANCELLED, ()))
    elif value_key(next(t for t in texts if t)) in TOTAL_MARKS:
        row.reasons.append((m.SKIP_TOTAL, ()))
    else:
        _consultation(preview, maps, plan, row, cells)
    return row


def _is_cancel_mark(text: str) -> bool:
    if len(text) > 12 and not text.startswith(("【", "(", "（")):
        return False  # a mark is a cell of its own, or a cell's first words
    key = value_key(text).strip("()[]【】")
    return key in CANCEL_MARKS or key.startswith("【取消") or key.startswith("(取消")


def _consultation(preview: Preview, maps: ValueMaps, plan: SheetPlan, row: RowPlan,
                  cells: list[Any]) -> None:
    by_field: dict[str, list[tuple[str, Any]]] = {}
    for col, field_name in plan.columns.items():
        value = cells[col] if col < len(cells) else None
        if text_of(value):
            by_field.setdefault(field_name, []).append((plan.names[col], value))
    problems: list[Reason] = []
    defaults = preview.profile.defaults

    def first(field_name: str) -> Any:
        found = by_field.get(field_name)
        return found[0][1] if found else None

    def note(template: str, *params: object) -> None:
        problems.append((template, params))

    c = Consultation()
    try:
        day, moment = parse_when(first("date"), plan.fiscal_year)
    except CellProblem as exc:
        note(exc.template, *exc.params)
        day, moment = "", None
    if first("time") is not None:
        try:
            moment = parse_time_cell(first("time"))
        except ValueError:
            note(m.BAD_TIME, text_of(first("time"))[:20])
    c.occurred_at = f"{day}T{moment or '00:00'}" if day else ""

    def coded(field_name: str, list_name: str) -> str:
        raw = first(field_name)
        if raw is not None:
            text = text_of(raw)
            code = maps.code(list_name, text)
            if code is None:
                _unmapped(preview, list_name, text)
                note(m.UNMAPPED, label(list_name), text[:40])
            return code or ""
        if not defaults.get(field_name):
            return ""
        return defaults[field_name]

    nationality = coded("nationality", "nationality")
    c.language = coded("language", "language")
    c.channel = coded("channel", "channel")
    c.status = coded("status", "status") or "closed"
    c.interpreter = defaults.get("interpreter") or "none"
    for field_name, value in (("language", c.language), ("channel", c.channel)):
        if not value and first(field_name) is None:
            note(m.NO_VALUE, label(field_name))
    topics_cells = by_field.get("topics", [])
    topics_cell = "\n".join(text_of(v) for _n, v in topics_cells) if topics_cells else None
    if topics_cell is not None:
        codes, missing = maps.codes_of("topic", topics_cell)
        for text in missing:
            _unmapped(preview, "topic", text)
            note(m.UNMAPPED, label("topic"), text[:40])
        c.topics = codes
    if not c.topics and topics_cell is None:
        note(m.NO_TOPIC)
    minutes = first("minutes")
    if minutes is not None:
        try:
            c.minutes = int(float(unicodedata.normalize("NFKC", text_of(minutes))))
        except ValueError:
            note(m.BAD_MINUTES, text_of(minutes)[:20])
    c.asked = "\n".join(text_of(v) for _n, v in by_field.get("asked", []))
    if not c.asked and topics_cell is not None:  # the log's own words, beside the codes
        c.asked = text_of(topics_cell)
    done = [text_of(v) for _n, v in by_field.get("done", [])]
    done += [f"{n}: {text_of(v)}" for n, v in by_field.get("notes", [])]
    c.done = "\n".join(done)
    name = parse_name(first("name"))
    if first("kana") is not None and not name.kana:
        name = Name(kana=text_of(first("kana")), latin=name.latin, other=name.other)
    match: Match | None = None
    if name.empty() or is_anonymous(text_of(first("name"))):
        c.nationality = nationality or defaults.get("nationality") or None
        if not c.nationality:
            note(m.NO_VALUE, label("nationality"))
    else:
        match = preview.people.find(name)
        c.resident_id = 0  # for the check below; the real id is known when saving
        if match.ambiguous:
            note(m.AMBIGUOUS, match.ambiguous)
        elif match.existing is None and match.new is None and not (
                nationality or defaults.get("nationality")):
            note(m.NO_VALUE, label("nationality"))
    if not problems:
        for key, message in validation.validate_consultation(c, maps.codes).items():
            note(m.INVALID, label(m.VALIDATION_FIELDS.get(key, key)),
                 Nested("validation", message))
    if not problems:  # only a row that will be imported makes or counts a person
        if match is None:
            row.reasons.append((m.ANONYMOUS, ()))
        else:
            if match.existing is None and match.new is None:
                match.new = preview.people.add(
                    name, nationality or defaults.get("nationality", ""), (row.sheet, row.row))
            elif match.new is not None:
                preview.people.learn(match.new, name)
            preview.people.count(match)
            row.reasons.append((m.MATCHED if match.existing is not None else m.NEW_PERSON, ()))
        row.match = match
    row.consultation = c
    if problems:
        skip = preview.profile.skip_problem_rows
        row.outcome = SKIP if skip else PROBLEM
        row.reasons = problems if not skip else [
            (m.SKIP_PROBLEM, (Nested("errors", problems[0][0], problems[0][1]),))]
    else:
        row.outcome = IMPORT


def _unmapped(preview: Preview, list_name: str, text: str) -> None:
    found = preview.unmapped.setdefault(list_name, {})
    found[text] = found.get(text, 0) + 1


class Nested(str):
    """A message inside another (a validation message, or the first problem of a skipped
    row): its str() is the English text; `describe` translates it in its own context."""

    context: str
    template: str
    params: tuple[object, ...]

    def __new__(cls, context: str, template: str, params: tuple[object, ...] = ()) -> Nested:
        self = super().__new__(cls, fill(template, params))
        self.context, self.template, self.params = context, template, params
        return self


def label(name: str) -> Nested:
    """An import field or code list named as the wizard shows it, in the user's language."""
    return Nested("TableImport", m.FIELD_LABELS.get(name, name))


Translate = Callable[[str, str], str]  # (context, English source) → shown text


def describe(reasons: list[Reason], translate: Translate | None = None) -> str:
    """The reasons as one line of text (English, or through `translate`)."""

    def one(context: str, template: str, params: tuple[object, ...]) -> str:
        shown = [one(p.context, p.template, p.params) if isinstance(p, Nested) else p
                 for p in params]
        return fill(translate(context, template) if translate else template, shown)

    return " ".join(one("errors", t, p) for t, p in reasons)
