"""Make report files: compute the document once, then render each format asked for."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path

from app import audit
from app.codes import CodeBook
from app.errors import MadoguchiError
from app.files import all_or_nothing
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.reports import config, issued, mail
from app.reports.annual import AnnualPlan, build_annual, plan_annual
from app.reports.era import fiscal_year_label
from app.reports.model import ReportDocument
from app.reports.monthly import build_monthly
from app.store import Store

FORMATS = ("pdf", "xlsx", "csv")
ANNUAL_FORMATS = (*FORMATS, "data")   # data: the annual data file (app/reports/datafile.py)
MAIL_KEY = "mail_settings"


def parse_formats(text: str, allowed: tuple[str, ...] = FORMATS) -> list[str]:
    wanted = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in allowed]
    if unknown or not wanted:
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "Unknown format %1; choose from %2."),
                             ", ".join(unknown) or "(none)", ", ".join(allowed))
    return list(dict.fromkeys(wanted))


def parse_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(p) for p in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 is not a month; write it as YYYY-MM."), repr(text)) from None
    return year, month


def parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 is not a date; write it as YYYY-MM-DD."), repr(text)) from None


def load_mail_settings(store: Store) -> mail.MailSettings:
    raw = store.setting(MAIL_KEY)
    return mail.MailSettings(**json.loads(raw)) if raw else mail.MailSettings()


def save_mail_settings(store: Store, settings: mail.MailSettings) -> None:
    store.set_setting(MAIL_KEY, json.dumps(asdict(settings), ensure_ascii=False))


def render(doc: ReportDocument, out: Path, formats: Sequence[str],
           progress: Progress = NO_PROGRESS, *,
           sheet_doc: ReportDocument | None = None) -> list[Path]:
    """Write every format, or none of them. `sheet_doc`, when given, is what the Excel and
    CSV files hold instead of `doc` (the roll-up prints towns in groups, but sheets are
    wide)."""
    from app.reports.csvout import render_csv
    from app.reports.excel import render_xlsx
    from app.reports.pdf import render_pdf

    if not out.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), out)
    sheets = sheet_doc or doc
    written: list[Path] = []
    with all_or_nothing():
        for step, fmt in enumerate(formats, start=1):
            progress.step(step - 1, len(formats))
            if fmt == "pdf":
                render_pdf(doc, out / f"{doc.file_stem}.pdf")
                written.append(out / f"{doc.file_stem}.pdf")
            elif fmt == "xlsx":
                render_xlsx(sheets, out / f"{sheets.file_stem}.xlsx")
                written.append(out / f"{sheets.file_stem}.xlsx")
            else:
                written += render_csv(sheets, out)
    progress.step(len(formats), len(formats))
    return written


def annual_values_for(store: Store, fiscal_year: int) -> dict[str, str]:
    town = store.setting("town_name_ja") or store.setting("town_name_en")
    label = fiscal_year_label(fiscal_year)
    settings = config.load(store)
    department = store.setting("sender_name") or settings.department or "担当"
    signature = "\n".join(line for line in (f"{town} {department}", settings.contact) if line)
    return {"town": town, "fiscal_label": label,
            "period": f"{fiscal_year}年4月～{fiscal_year + 1}年3月",
            "sender_name": department, "signature": signature}


def make_monthly(store: Store, codes: CodeBook, month: str, out: Path, formats: list[str],
                 progress: Progress = NO_PROGRESS) -> list[Path]:
    year, number = parse_month(month)
    written = render(build_monthly(store, codes, year, number), out, formats, progress)
    _log_report(store, "monthly", f"{year:04d}-{number:02d}", formats, written)
    return written


def _log_report(store: Store, kind: str, period: str, formats: list[str],
                written: list[Path]) -> None:
    """The audit row of a report: its kind, period, formats and file count, no names."""
    audit.log(store, "report", detail=f"{kind} {period}; {','.join(formats)}; "
                                      f"{len(written)} file(s)")


NARROW = QT_TRANSLATE_NOOP(
    "errors", "The annual report was not written: the disclosure audit found %1 hidden "
    "figure(s) that could be narrowed down to less than %2 (first: %3).")


def check_fiscal_year(fiscal_year: int) -> None:
    if not 1989 <= fiscal_year <= 2200:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 is not a fiscal year Madoguchi can report on."), fiscal_year)


def refuse_if_disclosive(plan: AnnualPlan) -> None:
    """The disclosure audit before every export: each hidden figure's interval, from this
    report and every issued one of the year, must be at least the protection width."""
    narrow = plan.protection.narrow
    if narrow:
        raise MadoguchiError(NARROW, len(narrow), plan.protection.width, min(narrow))


def annual_document(store: Store, codes: CodeBook, fiscal_year: int,
                    cut_off: date | None = None, made_on: date | None = None
                    ) -> tuple[AnnualPlan, ReportDocument]:
    """The annual report as it will leave, after the disclosure audit passed."""
    check_fiscal_year(fiscal_year)
    plan = plan_annual(store, codes, fiscal_year, made_on, cut_off)
    refuse_if_disclosive(plan)
    return plan, build_annual(store, codes, fiscal_year, made_on, plan=plan)


def record_issued(store: Store, plan: AnnualPlan, formats: list[str]) -> None:
    """Remember what this report published, for the next report of the year to honour."""
    f = plan.figures
    population, foreign = plan.profile
    issued.record(store, f.fiscal_year, f.cut_off.isoformat(), f.provisional, plan.threshold,
                  plan.protection.width, formats, f.model, set(plan.hidden),
                  {"population": population, "foreign_residents": foreign})


def make_annual(store: Store, codes: CodeBook, fiscal_year: int, out: Path,
                formats: list[str], *, eml: bool = False, cut_off: date | None = None,
                progress: Progress = NO_PROGRESS) -> list[Path]:
    from app.reports import datafile

    plan, doc = annual_document(store, codes, fiscal_year, cut_off)
    settings = load_mail_settings(store)
    data = datafile.build_data(store, codes, plan) if "data" in formats else None
    values = annual_values_for(store, fiscal_year)
    if data is not None:
        values["data_note"] = datafile.data_note(data["counts"])
    if eml:  # a mistake in the mail settings is reported before any file is written
        mail.build_message(settings, values, [])
    with all_or_nothing():
        written = render(doc, out, [f for f in formats if f != "data"], progress)
        if data is not None:
            written.append(datafile.write_data(data, out / f"{doc.file_stem}.json"))
        if eml:
            attachments = [p for p in written if p.suffix in (".xlsx", ".pdf", ".json")]
            message = mail.build_message(settings, values, attachments)
            target = out / f"{doc.file_stem}.eml"
            mail.write_eml(message, target, draft=True)
            written.append(target)
    record_issued(store, plan, formats + (["eml"] if eml else []))
    _log_report(store, "annual", f"FY{fiscal_year}", formats + (["eml"] if eml else []),
                written)
    return written
