"""One definition per record kind (app/kinds.py): the definitions agree with the schema,
the records, the sensitive_fields table and the export; and a field added to a kind that
only this test defines is validated, saved, loaded, listed, exported, purged and audited
from its definition and one schema change alone."""

from __future__ import annotations

import ast
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from app import audit, exchange, kind_records, kinds, listing, retention, rules, sensitive
from app.codes import CodeItem
from app.errors import MadoguchiError, ValidationError
from app.fields import CODE, DATE, RECORD_KEYS, REF, ROW_COLUMNS, TEXT, Field, Kind
from app.records import Consultation, Resident, Session
from app.services import Services
from app.validation import OUT_OF_RANGE, REQUIRED, UNKNOWN_CODE, check_fields

STAMPS = set(ROW_COLUMNS) - set(RECORD_KEYS)


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups made before a purge go under tmp_path, never into the real data folder."""
    monkeypatch.setattr("app.paths.data_dir", lambda: tmp_path / "data")


def table_columns(services: Services, table: str) -> list[str]:
    return [r[1] for r in services.store.query(f"PRAGMA table_info({table})")]


def test_every_kind_is_its_table(services: Services) -> None:
    for kind in kinds.ALL:
        stored = table_columns(services, kind.table)
        around = set(ROW_COLUMNS) if kind.keyed else set(kind.sync_columns)
        assert set(stored) - {"month", "fiscal_year"} == {*kind.columns, *around}, kind.name


def test_the_records_hold_the_fields_their_kinds_define() -> None:
    for kind in kinds.ALL:
        names = {f.name for f in dataclasses.fields(kind.record_class)}
        around = set(RECORD_KEYS) if kind.keyed else set()
        assert names == {f.name for f in kind.fields} | around, kind.name


def test_sensitive_fields_table_and_definitions_agree(services: Services) -> None:
    defined = {k.table: k.sensitive_fields() for k in kinds.ALL if k.sensitive_fields()}
    assert sensitive.everywhere(services.store) == defined
    assert defined == {"accompaniments": ("health_details",)}


def test_the_export_holds_the_fields_the_definitions_name(demo: Services) -> None:
    data = exchange.export_data(demo.store)
    for kind in kinds.EXPORTED:
        assert data[kind.file_key], kind.name
        for rec in data[kind.file_key]:
            assert set(rec) == {"uuid", *kind.file_fields(), *STAMPS}, kind.name


def test_the_list_headers_are_marked_for_translation_as_defined() -> None:
    tree = ast.parse((Path(__file__).parents[1] / "ui" / "list_headers.py").read_text("utf-8"))
    marked = {(n.args[0].value, n.args[1].value) for n in ast.walk(tree)  # type: ignore[attr-defined]
              if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "QT_TRANSLATE_NOOP"}
    defined = {(k.list_context, c.label) for k in kinds.ALL if k.list_context
               for c in k.list_columns()}
    assert marked == defined
    assert ("ResidentsPage", "Stay ends") in defined


def test_open_case_and_attendance_are_one_rule(demo: Services) -> None:
    assert set(rules.OPEN_STATUSES) | {rules.CLOSED} == set(rules.STATUSES)
    by_sql = demo.store.query_one(
        f"SELECT count(*) FROM consultations c WHERE {rules.open_case('c')}")[0]
    assert by_sql == demo.count_open() == demo.store.query_one(
        f"SELECT count(*) FROM consultations c WHERE {rules.not_closed('c')}")[0] > 0
    for sid, people in demo.store.query(
            f"SELECT s.id, {rules.attendance('s')} FROM sessions s ORDER BY s.id LIMIT 30"):
        assert demo.sessions.get(sid).attendance() == people


# ---------------------------------------------------------------- a kind only this test has

# Version 1 of a test-only kind: a visit by a resident.
VISIT_V1 = Kind(
    name="visit", table="test_visits", alias="v", list_context="VisitsPage", day="{a}.date",
    fields=(
        Field("date", DATE, required=True, list_label="Date"),
        Field("resident_id", REF, ref="residents", export="resident"),
        Field("place", TEXT, personal=True, list_label="Place"),
    ),
)
CREATE_V1 = ("CREATE TABLE test_visits (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
             "date TEXT NOT NULL, resident_id INTEGER REFERENCES residents (id), "
             "place TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
             "updated_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_by TEXT NOT NULL, "
             "version INTEGER NOT NULL DEFAULT 1, device_id TEXT NOT NULL DEFAULT '') STRICT")
# Version 2 adds one field: the language used, a code, required, listed, sensitive here so
# that the view audit and the purge follow it too. One definition, one schema change.
LANGUAGE = Field("language", CODE, required=True, code_list="language", list_label="Language",
                 export="language_used")
VISIT_V2 = dataclasses.replace(VISIT_V1, fields=(*VISIT_V1.fields, LANGUAGE))
MIGRATE_V2 = ("ALTER TABLE test_visits ADD COLUMN language TEXT NOT NULL DEFAULT ''",
              "INSERT INTO sensitive_fields VALUES ('test_visits', 'language', 'test')")


def migrate(services: Services, *statements: str) -> None:
    with services.store.write() as conn:
        for sql in statements:
            conn.execute(sql)


def test_a_field_added_to_a_test_only_kind_works_everywhere(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    store, codes = services.store, services.codes
    migrate(services, CREATE_V1)
    rid = services.residents.save(Resident(nationality="VN", family_name="Nguyen",
                                           given_name="Lan", languages=["vi"]))
    old = kind_records.Records(store, codes, VISIT_V1)
    first = old.save(VISIT_V1.record_class(date="2026-05-01", resident_id=rid, place="clinic"))

    migrate(services, *MIGRATE_V2)
    visits = kind_records.Records(store, codes, VISIT_V2)
    Visit = VISIT_V2.record_class  # noqa: N806 - a class made from the definition

    # validated: required, then in the code list
    with pytest.raises(ValidationError) as missing:
        visits.save(Visit(date="2026-05-02", resident_id=rid))
    assert missing.value.errors == {"language": REQUIRED}
    with pytest.raises(ValidationError) as unknown:
        visits.save(Visit(date="2026-05-02", resident_id=rid, language="xx-nowhere"))
    assert unknown.value.errors == {"language": UNKNOWN_CODE}
    assert store.query_one("SELECT count(*) FROM test_visits")[0] == 1  # nothing half-written

    # saved and loaded; the record made before the field came has its default
    second = visits.save(Visit(date="2026-05-02", resident_id=rid, place="city hall",
                               language="vi"))
    loaded = visits.get(second, viewer_reason=None)
    assert (loaded.date, loaded.place, loaded.language, loaded.resident_id) == (
        "2026-05-02", "city hall", "vi", rid)
    assert visits.get(first, viewer_reason=None).language == ""
    edited = dataclasses.replace(loaded, language="en")
    visits.save(edited)
    assert visits.get(second, viewer_reason=None).language == "en"

    # listed, with its header and its code list
    spec = listing.spec_of(VISIT_V2)
    assert [(c.key, c.label, c.code_list) for c in spec.columns] == [
        ("date", "Date", None), ("place", "Place", None), ("language", "Language", "language")]
    page = listing.page(store, spec, listing.ListFilter(), "language", False, 0, 10)
    assert [(r[0], r[3]) for r in page] == [(first, ""), (second, "en")]

    # exported under its export name, the resident by uuid; the import's table knows it
    uuid = services.residents.get(rid).uuid
    exported = kind_records.export_rows(store, VISIT_V2)
    assert [(r["language_used"], r["resident"], r["place"]) for r in exported] == [
        ("", uuid, "clinic"), ("en", uuid, "city hall")]
    assert VISIT_V2.file_fields()["language_used"] == ((str,), True)
    assert "language_used" not in VISIT_V1.file_fields()

    # sensitive through the sensitive_fields table: showing it leaves a view row naming it
    assert sensitive.fields(store, "test_visits") == ("language",)
    visits.get(second)
    view = audit.search(store, record=edited.uuid)[0]
    assert (view.action, view.detail) == ("view", "language")

    # retention counts a visit as activity once the kind is known (its `day`), and purges
    # it with the resident: personal and sensitive fields blanked, the date kept
    migrate(services, "UPDATE residents SET updated_at = '2020-01-01T00:00:00.000000Z'")
    later = date(2026, 12, 1)
    assert [c.id for c in retention.preview(store, 1, later)] == [rid]
    monkeypatch.setitem(kinds.BY_NAME, VISIT_V2.name, VISIT_V2)
    assert retention.preview(store, 1, later) == []
    with pytest.raises(MadoguchiError) as linked:  # nor is the resident deleted under them
        services.residents.delete(rid)
    assert linked.value.params == (2,)
    assert [c.id for c in retention.preview(store, 1, date(2027, 6, 1))] == [rid]
    retention.anonymise(store, [rid], user_role="admin")
    assert store.query("SELECT date, place, language FROM test_visits ORDER BY id") == [
        ("2026-05-01", "", ""), ("2026-05-02", "", "")]


def test_validation_reads_the_definition(services: Services) -> None:
    """A field's checks are its definition's: change the range in a copy of the kind and
    the check changes with it."""
    codes = services.codes
    bad = Consultation(occurred_at="2026-05-01T10:00", language="vi", channel="desk",
                       topics=["medical"], minutes=24 * 60 + 1, nationality="VN")
    errors = services.consultations.validate(bad)
    assert errors == {"minutes": OUT_OF_RANGE}
    changed = dataclasses.replace(
        kinds.CONSULTATION, fields=tuple(
            dataclasses.replace(f, bounds=(0, 10_000)) if f.name == "minutes" else f
            for f in kinds.CONSULTATION.fields))
    assert "minutes" not in check_fields(changed, bad, codes)
    assert check_fields(kinds.SESSION, Session(date="2026-05-01", kind="nope"), codes) == {
        "kind": UNKNOWN_CODE}


def test_code_items_are_checked_by_their_definition(services: Services) -> None:
    letters = kinds.CODE_LETTERS
    for item, want in [
            (CodeItem("nope", "x", "a", "b"), {"list": "Unknown code list."}),
            (CodeItem("topic", "", "a", "b"), {"code": letters}),
            (CodeItem("topic", "___", "a", "b"), {"code": letters}),
            (CodeItem("topic", "ä1", "a", "b"), {"code": letters}),
            (CodeItem("topic", "a-b", " ", ""), {"code": letters, "label_ja": REQUIRED,
                                                "label_en": REQUIRED})]:
        with pytest.raises(ValidationError) as refused:
            services.codes.save(item)
        assert refused.value.errors == want
    services.codes.save(CodeItem("topic", "new_1", " 新 ", "New"))
    assert services.codes.label("topic", "new_1", "ja") == "新"
