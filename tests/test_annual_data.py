"""The annual data file, the municipality code and other bodies' categories (issue 16)."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from rollup_towns import CODES, add_records, data_file, new_town

from app.cli import main
from app.errors import MadoguchiError, ValidationError
from app.reports import build, categories, config, datafile
from app.reports.annual import build_annual
from app.reports.mail import MailSettings
from app.reports.municipality import check_digit, code_problem
from app.reports.schema_check import SchemaError, Validator
from app.services import Services


def c(day: str, nat: str, topics: list[str], anonymous: bool = False
      ) -> tuple[str, tuple[str, str, list[str], str, bool]]:
    return "c", (day, nat, topics, "vi", anonymous)


def test_municipality_codes_and_their_check_digit() -> None:
    # Published codes: 千代田区, 札幌市, 北海道, 大阪市, 横浜市.
    for code in ("131016", "011002", "010006", "271004", "141003"):
        assert code_problem(code) == "", code
    assert check_digit("13101") == 6
    assert "check" not in code_problem("13101") and code_problem("13101")     # five digits
    assert "last digit" in code_problem("131017")
    assert code_problem("481001")                                           # no such pref.
    assert code_problem("１３１０１６")                                        # full-width
    assert "municipality_code" in config.ReportSettings(municipality_code="131017").validate()
    assert config.ReportSettings(municipality_code="131016").validate() == {}
    assert "data_counts" in config.ReportSettings(data_counts="rounded").validate()


def test_the_data_file_carries_what_the_town_chose(services: Services, tmp_path: Path,
                                                   ) -> None:
    services.store.set_setting("town_name_ja", "みさき町")
    add_records(services, [c("2025-05-01", "VN", ["tax_pension", "health_insurance"])] * 9
                + [c("2025-06-01", "NP", ["medical"])] * 2
                + [c("2025-07-01", "VN", ["labour"], anonymous=True)] * 6)
    names = [r[0] for r in services.store.query("SELECT given_name FROM residents")]
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    with pytest.raises(MadoguchiError, match="municipality code"):
        build.make_annual(services.store, services.codes, 2025, nothing, ["pdf", "data"])
    assert list(nothing.iterdir()) == []
    for counts in ("suppressed", "exact"):
        config.save(services.store, config.ReportSettings(municipality_code=CODES[0],
                                                          data_counts=counts))
        out = tmp_path / counts
        out.mkdir()
        path = data_file(services, out)
        text = path.read_text(encoding="utf-8")
        data = datafile.read_data(path)
        assert data["counts"] == counts and data["town"] == {
            "name": "みさき町", "municipality_code": CODES[0]}
        assert data["fiscal_year"] == 2025 and data["provisional"] is False
        assert data["cut_off"] == "2026-03-31" and data["code_list_version"] >= 1
        nat = data["tables"]["nationalities"]
        if counts == "exact":
            assert nat == {"VN": 15, "NP": 2} and data["suppression"] is None
            assert data["external"]["counts"]["social_insurance"] == 9   # once, not 18
            assert data["external"]["counts"]["medical"] == 2
            assert data["tables"]["residence_statuses"]["_anonymous"] == 6
        else:
            assert nat["NP"] == "x" and nat["VN"] == "x"     # 2, and 15 with it
            assert data["suppression"] == {"threshold": 5, "width": 5}
        assert data["labels"]["topic"]["tax_pension"] == "税・年金"
        for name in names:           # counts and code labels only
            assert name not in text


def test_the_data_file_goes_with_the_mail_and_says_which_counts(
        services: Services, tmp_path: Path) -> None:
    with pytest.raises(MadoguchiError, match="town's name"):
        config.save(services.store, config.ReportSettings(municipality_code=CODES[0]))
        build.make_annual(services.store, services.codes, 2025, tmp_path, ["data"])
    services.store.set_setting("town_name_ja", "みさき町")
    config.save(services.store, config.ReportSettings(municipality_code=CODES[0],
                                                      data_counts="exact"))
    build.save_mail_settings(services.store, MailSettings(
        to_address="kokusai@pref.example.lg.jp", from_address="desk@town.example.lg.jp"))
    add_records(services, [c("2025-05-01", "VN", ["labour"])] * 6)
    written = build.make_annual(services.store, services.codes, 2025, tmp_path,
                                ["pdf", "data"], eml=True)
    eml = next(p for p in written if p.suffix == ".eml")
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert any(n.endswith(".json") for n in names) and any(n.endswith(".pdf") for n in names)
    body = msg.get_body(("plain",)).get_content()
    assert "正確な件数" in body and "都道府県で秘匿処理" in body


def test_the_cli_writes_the_data_file_and_refuses_it_for_a_month(
        demo: Services, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    settings = config.load(demo.store)
    settings.municipality_code = CODES[1]
    config.save(demo.store, settings)
    db = ["--db", str(demo.store.path), *cli_login]
    assert main(["report", "annual", *db, "--fiscal-year", "2025", "--out", str(tmp_path),
                 "--format", "data"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert datafile.read_data(path)["town"]["municipality_code"] == CODES[1]
    assert main(["report", "monthly", *db, "--month", "2025-05", "--out", str(tmp_path),
                 "--format", "data"]) == 2
    assert "Unknown format data" in capsys.readouterr().err


def test_the_validator_is_strict() -> None:
    v = Validator({"type": "object", "additionalProperties": False, "required": ["n"],
                   "properties": {"n": {"anyOf": [{"type": "integer", "minimum": 0},
                                                  {"const": "x"}]}}})
    v.validate({"n": 3})
    v.validate({"n": "x"})
    for bad in ({"n": True}, {"n": -1}, {"n": 1.5}, {"n": "3"}, {}, {"n": 1, "m": 2}, []):
        with pytest.raises(SchemaError):
            v.validate(bad)
    with pytest.raises(ValueError, match="not supported"):
        Validator({"type": "object", "patternProperties": {}})
    datafile.validator()    # the shipped schema uses only what is checked


def test_categories_count_once_and_show_unmapped_topics(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.store.set_setting("town_name_ja", "みさき町")
    add_records(services, [c("2025-05-01", "VN", ["tax_pension", "health_insurance"])] * 7
                + [c("2025-06-01", "VN", ["housing", "disaster"])] * 6)
    mapping = categories.load(services.store)
    assert mapping.id == "isa_one_stop" and mapping.category("tax").label == "税金"
    # The town leaves 防災 (disaster) out: it shows as unmapped, never dropped.
    mapping.category("disaster").topics = []
    topics = {i.code for i in services.codes.items("topic", active_only=False)}
    categories.save(services.store, mapping, topics)
    doc = build_annual(services.store, services.codes, 2025)
    table = next(t for t in doc.tables() if t.key == "external_categories")
    rows = {r[0]: r[1] for r in table.rows}
    assert rows["社会保険・年金"] == 7 and rows["税金"] == 7 and rows["住宅"] == 6
    assert rows[categories.UNMAPPED_LABEL] == 6 and rows["防災・災害"] == 0
    feeding = next(b.text for s in doc.sections for b in s.blocks
                   if getattr(b, "text", "").startswith("各区分に数えた相談分野"))
    assert "社会保険・年金：税・年金、健康保険" in feeding
    assert f"{categories.UNMAPPED_LABEL}：災害・防災" in feeding
    # A mapping naming a topic the town does not have is refused, nothing saved.
    mapping.category("tax").topics = ["no_such_topic"]
    with pytest.raises(ValidationError):
        categories.save(services.store, mapping, topics)
    assert categories.load(services.store).category("tax").topics == ["tax_pension"]


def test_categories_on_the_command_line(demo: Services, tmp_path: Path,
                                        cli_login: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo.store.path), *cli_login]
    assert main(["categories", "map", *db, "tax", "tax_pension", "welfare"]) == 0
    assert main(["categories", "show", *db]) == 0
    out = capsys.readouterr().out
    assert "tax\t税金\ttax_pension welfare" in out
    assert main(["categories", "map", *db, "nothing", "welfare"]) == 2
    assert "nothing is not a category" in capsys.readouterr().err
    assert main(["categories", "export", *db, "--out", str(tmp_path / "m.json")]) == 0
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    data["categories"].append({"code": "tax", "label": "重複", "topics": []})
    (tmp_path / "m.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["categories", "import", *db, str(tmp_path / "m.json")]) == 2
    assert main(["categories", "reset", *db]) == 0
    assert main(["categories", "show", *db]) == 0
    assert "tax\t税金\ttax_pension\n" in capsys.readouterr().out


def test_prefecture_page_rolls_up_without_a_database(qtbot: object, tmp_path: Path) -> None:
    from ui.pages.prefecture import PrefecturePage

    files = []
    for i, counts in enumerate(("exact", "suppressed")):
        town = new_town(tmp_path / f"t{i}", f"町{i}", CODES[i], counts=counts)
        add_records(town, [c("2025-05-01", "VN", ["labour"])] * (6 + i))
        files.append(str(data_file(town, tmp_path / f"o{i}")))
        town.close()
    page = PrefecturePage()
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    out = tmp_path / "out"
    out.mkdir()
    page.choose_folder = lambda: str(out)  # type: ignore[method-assign]
    page.open_folder = lambda folder: None  # type: ignore[method-assign]
    page.add_files(files + files[:1])
    assert page.table.rowCount() == 2
    assert page.check() and page.table.item(1, 3).text() == "suppressed"
    page.make_report()
    qtbot.waitUntil(lambda: page.job is not None and page.job.finished.is_set(),  # type: ignore[attr-defined]
                    timeout=60_000)
    assert any(p.suffix == ".pdf" for p in out.iterdir())
    assert "Saved:" in page.status.text()
    page.files.append(Path(files[0]))          # the same file twice: one sentence
    assert not page.check() and "given twice" in page.status.text()
    page.grab().save(str(tmp_path / "prefecture.png"))


def test_categories_dialog_edits_the_mapping(qtbot: object, services: Services,
                                            tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from ui.pages.categories_dialog import CategoriesDialog

    dialog = CategoriesDialog(services)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    other = next(i for i in range(dialog.list.count())
                 if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == "other")
    dialog.list.setCurrentRow(other)
    assert dialog.topics.codes() == ["other"]
    dialog.topics.set_codes([])          # その他 now feeds nothing
    dialog._keep()  # noqa: SLF001 (what the check box's signal does)
    assert "Other" in dialog.unmapped.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "categories.png"))
    dialog.save()
    assert categories.load(services.store).category("other").topics == []


def test_report_settings_take_the_code_and_the_choice(qtbot: object,
                                                     services: Services) -> None:
    from ui.pages.report_settings import ReportSettingsBox

    box = ReportSettingsBox(services)
    qtbot.addWidget(box)  # type: ignore[attr-defined]
    box.code.setText("131017")
    assert not box.save() and "last digit" in box.message.text()
    assert config.load(services.store).municipality_code == ""
    box.code.setText("131016")
    box.data_counts.setCurrentIndex(box.data_counts.findData("exact"))
    assert box.save()
    saved = config.load(services.store)
    assert (saved.municipality_code, saved.data_counts) == ("131016", "exact")
