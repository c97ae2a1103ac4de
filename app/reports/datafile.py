"""The annual data file (年度報告データ): the annual report's counts as numbers, by code, for
the prefecture's roll-up (app/rollup/). JSON, checked against the JSON Schema shipped beside
this module (annual_data.schema.json) when written and when read; docs/annual-data.md.

The town chooses in the report settings whether the file carries exact counts (for the
prefecture to aggregate and suppress at its level) or the annual report's own figures, with
`x` where the report hides them. Either way it holds counts only: no names, no free text,
no dates finer than the month."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from app import __version__
from app.codes import CodeBook
from app.errors import MadoguchiError, Translatable
from app.files import atomic_path
from app.marks import QT_TRANSLATE_NOOP
from app.reports import categories, config, stats
from app.reports.annual import AnnualPlan
from app.reports.annual_model import ONE_WAY
from app.reports.datafile_versions import CODE_LIST_VERSION, FORMAT, FORMAT_VERSION
from app.reports.labels import label
from app.reports.municipality import code_problem
from app.reports.schema_check import SchemaError, Validator
from app.store import Store

SCHEMA = "annual_data.schema.json"
MAX_BYTES = 5_000_000
X = "x"
Count = int | str
TABLE_NAMES = {"lang": "languages", "nat": "nationalities", "status": "residence_statuses",
               "channel": "channels"}
LISTS = {"topics": "topic", "languages": "language", "nationalities": "nationality",
         "residence_statuses": "residence_status", "channels": "channel",
         "destinations": "destination_kind", "attendance_by_nationality": "nationality",
         "session_kinds": "session_kind"}
# Tables each of whose rows sum to a total of the file.
SUMS = {"languages": "consultations", "nationalities": "consultations",
        "residence_statuses": "consultations", "channels": "consultations",
        "topics": "topic_mentions", "destinations": "accompaniments",
        "attendance_by_nationality": "attendance", "session_kinds": "sessions"}

DROPPED_TABLES = {"topic": "topics", "nat": "nationalities", "status": "residence_statuses"}

NO_CODE = QT_TRANSLATE_NOOP(
    "errors", "The annual data file needs the town's municipality code (全国地方公共団体コード): "
    "enter it in Settings → Reports.")
NO_NAME = QT_TRANSLATE_NOOP(
    "errors", "The annual data file needs the town's name: enter it in Settings.")
TOO_BIG = QT_TRANSLATE_NOOP("errors", "%1 is too large to be an annual data file.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "%1 could not be read.")
NOT_DATA = QT_TRANSLATE_NOOP("errors", "%1 is not a Madoguchi annual data file.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "%1 was made by a newer Madoguchi (data format %2; this version reads up to "
    "%3): please update Madoguchi to read it.")
NEWER_CODES = QT_TRANSLATE_NOOP(
    "errors", "%1 uses code lists of version %2, newer than this Madoguchi knows (%3): "
    "please update Madoguchi to read it.")
BROKEN = QT_TRANSLATE_NOOP(
    "errors", "%1 does not follow the annual data format at %2 (%3); was it edited by hand?")
INCONSISTENT = QT_TRANSLATE_NOOP(
    "errors", "%1 does not add up: %2; was it edited by hand?")


_validator: Validator | None = None


def validator() -> Validator:
    global _validator
    if _validator is None:
        text = resources.files("app.reports").joinpath(SCHEMA).read_text(encoding="utf-8")
        _validator = Validator(json.loads(text))
    return _validator


def build_data(store: Store, codes: CodeBook, plan: AnnualPlan) -> dict[str, Any]:
    """The data file's content for an annual report that passed the disclosure audit."""
    settings = config.load(store)
    if not settings.municipality_code:
        raise MadoguchiError(NO_CODE)
    town = store.setting("town_name_ja") or store.setting("town_name_en")
    if not town:
        raise MadoguchiError(NO_NAME)
    f = plan.figures
    exact = settings.data_counts == "exact"
    figures = plan.model.figures

    def value(key: str) -> Count:
        fig = figures[key]
        if not exact and (key in plan.hidden or fig.state == "internal"):
            return X
        return fig.value

    def by(prefix: str, present: list[str]) -> dict[str, Count]:
        return {c: value(f.key(f"{prefix}:{c}")) for c in present}

    dropped = set() if exact else set(f.dropped)
    tables: dict[str, Any] = {
        "totals": {"consultations": value(f.key("cons")), "persons": value(f.key("persons")),
                   "topic_mentions": value(f.key("mentions")),
                   "accompaniments": value(f.key("acc")),
                   "attendance": value(f.key("attend")), "sessions": f.ses.count},
        "months": {"consultations": {mo: value(f.key("cons", mo)) for mo in f.covered},
                   "accompaniments": {mo: value(f.key("acc", mo)) for mo in f.covered},
                   "sessions": {mo: f.series["sessions"][mo] for mo in f.covered}},
        "topics": {} if "topic" in dropped else by("topic", f.topics),
        "topic_months": {} if "topic" in dropped else {
            t: {mo: value(f.key(f"topic:{t}", mo)) for mo in f.covered} for t in f.topics},
    }
    for prefix, _list, _attr in ONE_WAY:
        tables[TABLE_NAMES[prefix]] = ({} if prefix in dropped
                                       else by(prefix, f.one_way[prefix]))
    tables["destinations"] = by("dest", f.destinations)
    tables["attendance_by_nationality"] = by("attend", f.attendance)
    tables["session_kinds"] = {k: v for k, v in f.ses.by_kind.items() if v}
    tables["measures"] = {name: {
        "consultations": value(f.key(f"measure:{name}:consultations")),
        "sessions": f.measures[name][1],
        "attendance": value(f.key(f"measure:{name}:attendance")),
        "accompaniments": value(f.key(f"measure:{name}:accompaniments"))}
        for name in config.MEASURES}
    mapping = f.mapping or categories.example()
    external = {
        "id": mapping.id, "name": mapping.name,
        "categories": [{"code": c.code, "label": c.label, "topics": list(c.topics)}
                       for c in mapping.categories],
        "counts": {} if "topic" in dropped else {
            c: value(f.key(f"ext:{c}")) for c in f.external_rows},
        "unmapped_topics": mapping.unmapped(f.topics)}
    labels: dict[str, dict[str, str]] = {}
    for name, list_name in LISTS.items():
        for code in tables[name]:
            labels.setdefault(list_name, {})[code] = label(codes, list_name, code)
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "code_list_version": CODE_LIST_VERSION,
        "town": {"name": town, "municipality_code": settings.municipality_code},
        "fiscal_year": f.fiscal_year, "cut_off": f.cut_off.isoformat(),
        "provisional": f.provisional, "counts": "exact" if exact else "suppressed",
        "suppression": None if exact else {"threshold": plan.threshold,
                                           "width": plan.protection.width},
        "dropped": sorted(dropped), "tables": tables, "external": external, "labels": labels}


def write_data(data: dict[str, Any], target: Path) -> Path:
    """Write the file whole or not at all, after the same checks a reader makes."""
    check(data, target.name)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    with atomic_path(target) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")
    return target


def read_data(path: Path) -> dict[str, Any]:
    """A data file, checked: one sentence naming the file for anything wrong with it."""
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MadoguchiError(TOO_BIG, name)
        raw = path.read_bytes()
    except OSError:
        raise MadoguchiError(UNREADABLE, name) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise MadoguchiError(NOT_DATA, name) from None
    check(data, name)
    return dict(data)


def check(data: Any, name: str) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MadoguchiError(NOT_DATA, name)
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise MadoguchiError(NEWER_FORMAT, name, version, FORMAT_VERSION)
    codes = data.get("code_list_version")
    if isinstance(codes, int) and not isinstance(codes, bool) and codes > CODE_LIST_VERSION:
        raise MadoguchiError(NEWER_CODES, name, codes, CODE_LIST_VERSION)
    try:
        validator().validate(data)
    except SchemaError as exc:
        raise MadoguchiError(BROKEN, name, exc.path, exc.reason) from None
    problem = _inconsistency(data)
    if problem:
        raise MadoguchiError(INCONSISTENT, name, problem)


def _part(text: str, *params: object) -> Translatable:
    """The part of the file that does not add up: English here, the reader's language in the
    window."""
    return Translatable("errors", text, *params)


def _inconsistency(data: dict[str, Any]) -> str:
    """What a hand edit that kept to the schema would most likely break, else ""."""
    problem = code_problem(data["town"]["municipality_code"])
    if problem:
        return _part(QT_TRANSLATE_NOOP("errors", "the municipality code's check digit"))
    try:
        cut_off = date.fromisoformat(data["cut_off"])
    except ValueError:
        return _part(QT_TRANSLATE_NOOP("errors", "the cut-off date"))
    period = stats.fiscal_period(data["fiscal_year"])
    if not period.start <= cut_off <= period.end:
        return _part(QT_TRANSLATE_NOOP("errors", "the cut-off date lies outside the fiscal year"))
    if data["provisional"] != (cut_off < period.end):
        return _part(QT_TRANSLATE_NOOP("errors", "provisional, by the cut-off date"))
    exact = data["counts"] == "exact"
    if exact != (data["suppression"] is None) or (exact and data["dropped"]):
        return _part(QT_TRANSLATE_NOOP("errors", "exact or suppressed counts"))
    tables, totals = data["tables"], data["tables"]["totals"]
    if exact and X in _values(data):
        return _part(QT_TRANSLATE_NOOP("errors", "an x among exact counts"))
    for table, total in SUMS.items():
        values = list(tables[table].values())
        if any(table == DROPPED_TABLES[d] for d in data["dropped"]):
            continue
        if X not in values and totals[total] != X and sum(values) != totals[total]:
            return _part(QT_TRANSLATE_NOOP("errors", "%1 and the total of %2"), table, total)
    months = data["tables"]["months"]
    for series in ("consultations", "accompaniments", "sessions"):
        values = list(months[series].values())
        if X not in values and totals[series] != X and sum(values) != totals[series]:
            return _part(QT_TRANSLATE_NOOP("errors", "the months of %1"), series)
        if any(not period.start.isoformat()[:7] <= m <= cut_off.isoformat()[:7]
               for m in months[series]):
            return _part(QT_TRANSLATE_NOOP("errors", "a month of %1 outside the fiscal year"),
                         series)
    return ""


def _values(data: dict[str, Any]) -> list[Any]:
    out: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif not isinstance(node, list):
            out.append(node)

    walk(data["tables"])
    walk(data["external"]["counts"])
    return out


def data_note(counts: str) -> str:
    """The sentence the mail to the prefecture carries about the data file."""
    if counts == "exact":
        return ("添付の年度報告データ（JSON）は正確な件数です。少ない件数は秘匿していませんので、"
                "公表の際は都道府県で秘匿処理をしてください。")
    return ("添付の年度報告データ（JSON）の件数は、年度報告と同じく少ない件数を「x」として"
            "秘匿したものです。")
