"""Update residents from the resident registry's roster (住民基本台帳 extract: 氏名, カナ,
生年月日, 国籍, 在留資格, 在留期間満了日, 住所の地区): new people added, people already known
matched by their name forms and their nationality, residence status and district updated,
and known residents missing from the roster flagged for the clerk (never deleted).

The date of birth and the end of the period of stay (在留期間満了日) are kept too: the
roster is the registry's word on both, so a changed expiry (a renewal) is updated, which is
what Today's renewal reminders read."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import audit
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.records import Resident
from app.services import Services
from app.store import new_uuid
from app.tableimport import messages as m
from app.tableimport.apply import in_one_transaction
from app.tableimport.cells import (
    CellProblem,
    Name,
    forget,
    parse_name,
    parse_when,
    text_of,
)
from app.tableimport.errors import NOTHING_TO_IMPORT, ROWS_WITH_PROBLEMS, TableImportError
from app.tableimport.people import NewPerson, People
from app.tableimport.plan import (
    IMPORT,
    PROBLEM,
    SKIP,
    Nested,
    Reason,
    SheetPlan,
    Translate,
    describe,
    guess_profile,
    label,
    sheet_plans,
)
from app.tableimport.profile import Profile
from app.tableimport.source import Workbook, read_workbook
from app.tableimport.staging import Staging
from app.tableimport.values import ValueMaps

NOT_A_ROSTER_PROFILE = QT_TRANSLATE_NOOP(
    "errors", "%1 is a mapping for a consultation log, not for a roster.")
UPDATED_FIELDS = ("nationality", "residence_status", "district", "birth_date",
                  "card_expiry")


@dataclass
class RosterRow:
    sheet: str
    row: int
    outcome: str                         # import (add or update) | skip | problem
    reasons: list[Reason] = field(default_factory=list)
    resident_id: int | None = None       # matched
    resident: Resident | None = None     # the new or updated record
    changes: tuple[str, ...] = ()


@dataclass
class RosterPreview:
    book: Workbook
    profile: Profile
    sheets: list[SheetPlan]
    rows: list[RosterRow]
    missing: list[int]                   # known residents not on the roster
    unmapped: dict[str, dict[str, int]] = field(default_factory=dict)  # list → text → rows

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome and r.row)

    def summary(self) -> dict[str, int]:
        return {"rows": sum(1 for r in self.rows if r.row),
                "new": sum(1 for r in self.rows if r.outcome == IMPORT and r.resident_id is None),
                "updated": sum(1 for r in self.rows if r.outcome == IMPORT and r.changes
                               and r.resident_id is not None),
                "unchanged": sum(1 for r in self.rows if r.outcome == IMPORT
                                 and r.resident_id is not None and not r.changes),
                "skip": self.count(SKIP), "problem": self.count(PROBLEM),
                "missing": len(self.missing)}


def preview_roster(services: Services, path: Path, profile: Profile | None = None,
                   progress: Progress = NO_PROGRESS) -> RosterPreview:
    return preview_roster_book(services, read_workbook(path), profile, progress)


def preview_roster_book(services: Services, book: Workbook, profile: Profile | None = None,
                        progress: Progress = NO_PROGRESS) -> RosterPreview:
    base = Profile.from_json(profile.to_json()) if profile else Profile(kind="roster")
    base.kind = "roster"
    profile = guess_profile(book, base)
    staging = Staging(book)
    try:
        plans = sheet_plans(book, profile)
        people = People.of_town(services.store)
        maps = ValueMaps(services.codes, profile.values)
        preview = RosterPreview(book, profile, plans, [], [])
        seen: set[int] = set()
        total = sum(len(s.rows) for s in book.sheets)
        for plan in plans:
            if plan.skipped:
                preview.rows.append(RosterRow(plan.name, 0, SKIP, [(plan.skipped, ())]))
                continue
            assert plan.header_row is not None
            for number, _struck, cells in staging.rows(plan.name):
                progress.tick(number, total)
                row = _row(services, people, maps, plan, number, cells, preview.unmapped)
                if row.outcome == PROBLEM and profile.skip_problem_rows:
                    first = row.reasons[0]
                    row.outcome, row.reasons = SKIP, [
                        (m.SKIP_PROBLEM, (Nested("errors", first[0], first[1]),))]
                if row.resident_id is not None:
                    seen.add(row.resident_id)
                preview.rows.append(row)
        all_ids = {int(r[0]) for r in services.store.query("SELECT id FROM residents")}
        preview.missing = sorted(all_ids - seen)
        return preview
    finally:
        staging.close()
        forget()


def _row(services: Services, people: People, maps: ValueMaps, plan: SheetPlan, number: int,
         cells: list[Any], unmapped: dict[str, dict[str, int]]) -> RosterRow:
    assert plan.header_row is not None
    row = RosterRow(plan.name, number, SKIP)
    texts = [text_of(c) for c in cells]
    if not any(texts):
        row.reasons.append((m.SKIP_BLANK, ()))
        return row
    if number <= plan.header_row:
        row.reasons.append((m.SKIP_HEADER if number == plan.header_row else m.SKIP_TITLE, ()))
        return row
    values: dict[str, Any] = {}
    for col, field_name in plan.columns.items():
        if col < len(cells) and text_of(cells[col]) and field_name not in values:
            values[field_name] = cells[col]
    problems: list[Reason] = []
    days: dict[str, str] = {}
    for key, field_name in (("birth_date", "birth_date"), ("expiry", "card_expiry")):
        if key in values:
            try:
                days[field_name] = parse_when(values[key])[0]
            except CellProblem as exc:
                problems.append((exc.template, exc.params))
    coded: dict[str, str | None] = {}
    for field_name, list_name in (("nationality", "nationality"),
                                  ("residence_status", "residence_status")):
        if field_name in values:
            text = text_of(values[field_name])
            code = maps.code(list_name, text)
            if code is None:
                problems.append((m.UNMAPPED, (label(list_name), text[:40])))
                seen = unmapped.setdefault(list_name, {})
                seen[text] = seen.get(text, 0) + 1
            coded[field_name] = code
    name = parse_name(values.get("name"))
    if "kana" in values and not name.kana:
        name = Name(kana=text_of(values["kana"]), latin=name.latin, other=name.other)
    if name.empty():
        problems.append((m.NO_VALUE, (label("name"),)))
    match = people.find(name) if not name.empty() else None
    if match is not None and match.ambiguous:
        problems.append((m.AMBIGUOUS, (match.ambiguous,)))
    elif match is not None and match.new is not None:
        where = match.new.first_row
        problems.append((m.TWICE_ON_ROSTER, (where[0], where[1])))
    district = text_of(values.get("district"))
    if not problems and match is not None and match.existing is not None:
        resident = services.residents.get(match.existing)
        wanted = {"nationality": coded.get("nationality") or resident.nationality,
                  "residence_status": coded.get("residence_status") or resident.residence_status,
                  "district": district or resident.district,
                  "birth_date": days.get("birth_date") or resident.birth_date,
                  "card_expiry": days.get("card_expiry") or resident.card_expiry}
        row.changes = tuple(k for k in UPDATED_FIELDS if getattr(resident, k) != wanted[k])
        for key in row.changes:
            setattr(resident, key, wanted[key])
        row.resident_id, row.resident = match.existing, resident
        row.reasons.append((m.ROSTER_UPDATE, (", ".join(row.changes),)) if row.changes
                           else (m.ROSTER_SAME, ()))
    elif not problems:
        if not coded.get("nationality"):
            problems.append((m.NO_VALUE, (label("nationality"),)))
        else:
            resident = NewPerson(0, name, str(coded["nationality"]), (plan.name, number)
                                 ).resident()
            resident.residence_status = coded.get("residence_status")
            resident.district = district
            resident.birth_date = days.get("birth_date")
            resident.card_expiry = days.get("card_expiry")
            row.resident = resident
            row.reasons.append((m.NEW_PERSON, ()))
    if problems:
        row.outcome, row.reasons = PROBLEM, problems
        return row
    assert row.resident is not None
    for key, message in services.residents.validate(row.resident).items():
        row.outcome = PROBLEM
        row.reasons = [(m.INVALID, (label(key), Nested("validation", message)))]
        return row
    if row.resident_id is None:  # a new person, once: a second row of them is ambiguous
        people.add(name, row.resident.nationality, (plan.name, number))
    row.outcome = IMPORT
    return row


REPORT_HEADER = ("sheet", "row", "outcome", "reason", "resident_uuid")


def roster_report_rows(preview: RosterPreview, services: Services,
                       translate: Translate | None = None) -> list[tuple[str, ...]]:
    """Every row of the roster and what became (or would become) of it, then each known
    resident missing from it; UUIDs, never names."""
    lines: list[tuple[str, ...]] = []
    for row in preview.rows:
        uuid = row.resident.uuid if row.resident is not None else ""
        lines.append((row.sheet, str(row.row) if row.row else "", row.outcome,
                      describe(row.reasons, translate), uuid))
    uuids = dict(services.store.query("SELECT id, uuid FROM residents"))
    for rid in preview.missing:
        lines.append(("", "", "check", describe([(m.MISSING_FROM_ROSTER, ())], translate),
                      str(uuids.get(rid, ""))))
    return lines


def apply_roster(services: Services, preview: RosterPreview, *,
                 progress: Progress = NO_PROGRESS,
                 backup: Any = None) -> dict[str, int]:
    """Add and update residents as previewed, all or nothing, through Residents.save."""
    store = services.store
    store.require_admin("import records")
    if preview.count(PROBLEM):
        raise TableImportError(ROWS_WITH_PROBLEMS, preview.count(PROBLEM))
    rows = [r for r in preview.rows if r.outcome == IMPORT]
    if not rows:
        raise TableImportError(NOTHING_TO_IMPORT)
    if backup is not None:
        backup()
    counts = preview.summary()
    with store.write() as conn:
        batch = in_one_transaction(store)
        import_id = int(conn.execute(
            "INSERT INTO table_imports (uuid, kind, file_name, file_sha256, imported_at, "
            "imported_by, rows_total, residents_new, residents_matched, skipped) "
            "VALUES (?, 'roster', ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_uuid(), preview.book.path.name, preview.book.sha256, utc_stamp(), store.user,
             counts["rows"], counts["new"], counts["updated"] + counts["unchanged"],
             counts["skip"])).lastrowid)
        for done, row in enumerate(rows, 1):
            progress.tick(done, len(rows))
            assert row.resident is not None
            if row.resident_id is not None and not row.changes:
                continue
            if row.resident_id is None:
                row.resident.uuid = new_uuid()
                batch.residents.save(row.resident)
                conn.execute("INSERT INTO record_sources VALUES (?, 'resident', ?, ?, ?)",
                             (import_id, row.resident.uuid, row.sheet, row.row))
            else:
                batch.residents.save(row.resident)
        audit.record(conn, store.user, "import", detail=(
            f"roster {preview.book.path.name}: residents new {counts['new']}, updated "
            f"{counts['updated']}, not on the roster {counts['missing']}"))
    return counts


def run_cli(args: argparse.Namespace, services: Services) -> int:
    from app import backup
    from app.tableimport.steps import choose_sheets

    profile = Profile.load(args.mapping) if args.mapping else Profile(kind="roster")
    if profile.kind != "roster":
        raise TableImportError(NOT_A_ROSTER_PROFILE, args.mapping.name)
    profile.skip_problem_rows = profile.skip_problem_rows or args.skip_problem_rows
    book = read_workbook(args.file)
    preview = preview_roster_book(services, book, choose_sheets(book, profile, args.sheets))
    if args.save_mapping:
        preview.profile.save(args.save_mapping)
    s = preview.summary()
    print(f"Roster rows {s['rows']}: new {s['new']}, updated {s['updated']}, unchanged "
          f"{s['unchanged']}, skip {s['skip']}, problems {s['problem']}; residents not on "
          f"the roster {s['missing']} (listed for a check, not changed).")
    for row in preview.rows:
        if row.outcome == PROBLEM:
            print(f"  {row.sheet}!{row.row}: {describe(row.reasons)}")
    names = services.residents.names(preview.missing[:50])
    for rid in preview.missing[:50]:
        print(f"  not on the roster: resident {rid} {names.get(rid, '')}")
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    store = services.store
    apply_roster(services, preview, backup=lambda: backup.make_backup(store, "before-import"))
    print("Residents updated from the roster.")
    return 0
