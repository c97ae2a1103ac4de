"""The prefecture's roll-up of towns' annual data files (issue 16)."""

from __future__ import annotations

import csv
import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rollup_towns import CODES, add_records, data_file, edit, new_town

from app.cli import main
from app.errors import MadoguchiError
from app.reports import datafile
from app.reports.datafile_versions import CODE_LIST_VERSION
from app.reports.model import SUPPRESSED
from app.rollup.report import build_documents, make_rollup, plan_rollup


def c(day: str, nat: str, topics: list[str], language: str = "vi",
      anonymous: bool = False) -> tuple[str, tuple[str, str, list[str], str, bool]]:
    return "c", (day, nat, topics, language, anonymous)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A (provisional, exact), B (final, suppressed), C (final, exact, an older code list in
    which tax_pension was called old_tax)."""
    root = tmp_path_factory.mktemp("three")
    a = new_town(root / "a", "A町", CODES[0])
    add_records(a, [c("2025-05-10", "VN", ["tax_pension"])] * 12
                + [c("2025-06-10", "NP", ["medical"], "ne")] * 7
                + [c("2025-11-10", "VN", ["labour"])] * 3)   # after A's cut-off
    b = new_town(root / "b", "B村", CODES[1], counts="suppressed")
    add_records(b, [c("2025-07-01", "VN", ["labour"])] * 20
                + [c("2025-08-01", "ID", ["labour"], "id")] * 2)
    cc = new_town(root / "c", "C市", CODES[2])
    add_records(cc, [c("2025-04-20", "VN", ["tax_pension", "health_insurance"])] * 9
                + [c("2026-02-20", "NP", ["other", "medical"], "ne")] * 6)
    files = {"A": data_file(a, root / "out_a", cut_off=date(2025, 9, 30)),
             "B": data_file(b, root / "out_b"), "C": data_file(cc, root / "out_c")}

    def older(data: dict[str, object]) -> None:
        """As version 1 of the code lists would have written it."""
        data["code_list_version"] = 1
        tables = data["tables"]
        assert isinstance(tables, dict)
        for table in ("topics", "topic_months"):
            tables[table]["old_tax"] = tables[table].pop("tax_pension")
        data["labels"]["topic"]["old_tax"] = data["labels"]["topic"].pop("tax_pension")

    edit(files["C"], older)
    for s in (a, b, cc):
        s.close()
    return files


MAPS = {1: {"topic": {"old_tax": "tax_pension"}}, 2: {}}


def grid(rollup_csv: Path) -> dict[str, dict[str, str]]:
    with rollup_csv.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    return {r[0]: dict(zip(head[1:], r[1:], strict=True)) for r in rows[1:]}


def test_three_towns_roll_up_with_the_right_sums(three: dict[str, Path], tmp_path: Path
                                                 ) -> None:
    written = make_rollup([three["A"], three["B"], three["C"]], tmp_path, provisional=True,
                          threshold=1, maps=MAPS)
    assert {p.suffix for p in written} == {".pdf", ".xlsx", ".csv"}
    stem = "令和7年度_外国人相談実績_市町村別集計_暫定"
    totals = grid(tmp_path / f"{stem}_totals.csv")
    # A counts up to its cut-off only (19 of 22); B's totals were shown by B itself.
    assert totals["相談件数"] == {"A町": "19", "B村": "22", "C市": "15", "合計": "56"}
    nat = grid(tmp_path / f"{stem}_nationalities.csv")
    # B hid its Vietnamese and Indonesian counts (2 < 5, and 20 with it): no sum there.
    assert nat["ベトナム"] == {"A町": "12", "B村": "x", "C市": "9", "合計": "x"}
    assert nat["ネパール"] == {"A町": "7", "B村": "0", "C市": "6", "合計": "13"}
    topics = grid(tmp_path / f"{stem}_topics.csv")
    # C's old code is mapped to the current one and summed with A's.
    assert topics["税・年金"] == {"A町": "12", "B村": "0", "C市": "9", "合計": "21"}
    assert topics["医療・健康"]["合計"] == "13"
    assert "old_tax" not in (tmp_path / f"{stem}_topics.csv").read_text(encoding="utf-8-sig")
    months = grid(tmp_path / f"{stem}_months_consultations.csv")
    assert months["2025年11月"]["A町"] == ""          # after A's cut-off: not reported
    assert months["2025年5月"]["合計"] == "12"
    external = grid(tmp_path / f"{stem}_external.csv")
    assert external["税金"]["合計"] == "21"
    assert external["医療・保健"] == {"A町": "7", "B村": "0", "C市": "6", "合計": "13"}
    # A consultation counts once in each category its topics feed: C's nine with 税・年金
    # and 健康保険 (both feed 社会保険・年金) count 9 there, not 18; its six with その他 and
    # 医療・健康 count in both その他 and 医療・保健.
    assert external["社会保険・年金"] == {"A町": "12", "B村": "0", "C市": "9", "合計": "21"}
    assert external["その他"]["C市"] == "6"
    rollup, protection = plan_rollup([three["A"], three["B"], three["C"]],
                                     provisional=True, threshold=1, maps=MAPS)
    pdf_doc, _wide = build_documents(rollup, protection)
    text = " ".join(b.text for s in pdf_doc.sections for b in s.blocks if hasattr(b, "text"))
    assert "正確な件数を報告した市町村：A町、C市" in text
    assert "秘匿処理済みの件数を報告した市町村：B村" in text
    assert "暫定" in pdf_doc.title


def test_the_prefecture_suppresses_what_it_publishes(three: dict[str, Path]) -> None:
    rollup, protection = plan_rollup([three["A"], three["B"], three["C"]],
                                     provisional=True, threshold=5, maps=MAPS)
    values = rollup.model.values()
    free = {k for k, f in rollup.model.figures.items() if f.state == "free"}
    assert {k for k in free if 0 < values[k] < 5} <= protection.hidden
    assert protection.hidden                       # A's 7 Nepalese … are not all safe
    assert not protection.narrow
    # B's printed figures are B's own: never hidden again, and its x are never numbers.
    assert all(rollup.model.figures[k].state != "shown" for k in protection.hidden)
    nat = next(t for t in rollup.tables if t.spec.key == "nationalities")
    row = next(i for i, (code, _l) in enumerate(nat.rows) if code == "ID")
    assert nat.cells[row][1] == SUPPRESSED and nat.totals[row] == SUPPRESSED


def test_the_pdf_reads_and_renders(three: dict[str, Path], tmp_path: Path) -> None:
    make_rollup([three["A"], three["B"], three["C"]], tmp_path, ["pdf"], provisional=True,
                maps=MAPS)
    pdf = next(tmp_path.glob("*.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for words in ("市町村別集計", "A町", "B村", "C市", "合計", "国籍別件数", "相談分野別件数",
                  "外国人受入環境整備交付金", "正確な件数を報告した市町村"):
        assert words in text, words
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 3 and all(p.stat().st_size > 5_000 for p in pages)


# ---- bad input: one sentence each, nothing written --------------------------------------

def refuse(files: list[Path], out: Path, capsys: pytest.CaptureFixture[str],
           *extra: str) -> str:
    out.mkdir(exist_ok=True)
    code = main(["rollup", "--out", str(out), *extra, *map(str, files)])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert list(out.iterdir()) == []
    assert err.count("\n") == 0 and err.startswith("madoguchi: ") and err[-1] in ".?"
    return err


def test_bad_inputs_cost_one_sentence_and_write_nothing(
        three: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = three["A"], three["B"]
    out = tmp_path / "out"
    assert "newer Madoguchi" in refuse([edit(b, lambda d: d.update(format_version=99),
                                             tmp_path / "newer.json"), a], out, capsys)
    assert "code lists of version" in refuse(
        [edit(b, lambda d: d.update(code_list_version=CODE_LIST_VERSION + 1),
              tmp_path / "codes.json")], out, capsys)
    hand = edit(b, lambda d: d["tables"]["nationalities"].update(VN="twenty"),
                tmp_path / "hand.json")
    assert "edited by hand" in refuse([hand], out, capsys)
    extra = edit(b, lambda d: d.update(residents=["Nguyen"]), tmp_path / "extra.json")
    assert "does not follow" in refuse([extra], out, capsys)
    sums = edit(b, lambda d: d["tables"]["totals"].update(consultations=23),
                tmp_path / "sums.json")
    assert "does not add up" in refuse([sums], out, capsys)
    check = edit(b, lambda d: d["town"].update(municipality_code="011003"),
                 tmp_path / "check.json")
    assert "does not add up" in refuse([check], out, capsys)
    twice = edit(b, lambda d: d["town"].update(name="B村（再送）"), tmp_path / "twice.json")
    assert "give one file per town" in refuse([b, twice], out, capsys)

    def year_before(months: dict[str, object]) -> dict[str, object]:
        return {f"{int(m[:4]) - 1}{m[4:]}": v for m, v in months.items()}

    def other_year(d: dict[str, Any]) -> None:
        """B's file, a year earlier, from another town."""
        d.update(fiscal_year=2024, cut_off="2025-03-31")
        months = d["tables"]["months"]
        d["tables"]["months"] = {k: year_before(v) for k, v in months.items()}
        d["tables"]["topic_months"] = {t: year_before(v) for t, v in
                                       d["tables"]["topic_months"].items()}
        d["town"].update(municipality_code=CODES[3])

    old = edit(b, other_year, tmp_path / "old.json")
    err = refuse([b, old], out, capsys)
    assert "令和6年度 (2024)" in err and "one fiscal year" in err
    assert "provisional" in refuse([a, b], out, capsys)
    assert "given twice" in refuse([b, b], out, capsys)
    not_json = tmp_path / "notes.json"
    not_json.write_text("名前: グエン", encoding="utf-8")
    assert "not a Madoguchi annual data file" in refuse([not_json], out, capsys)
    # And the unknown version map refuses rather than guesses.
    with pytest.raises(MadoguchiError, match="cannot map"):
        plan_rollup([three["C"]], maps={2: {}})


def test_a_data_file_is_checked_on_write(three: dict[str, Path], tmp_path: Path) -> None:
    data = json.loads(three["B"].read_text(encoding="utf-8"))
    data["tables"]["topics"]["labour"] = -1
    with pytest.raises(MadoguchiError, match="does not follow"):
        datafile.write_data(data, tmp_path / "bad.json")
    assert not (tmp_path / "bad.json").exists()


def test_a_broken_file_is_explained_in_the_readers_language(three: dict[str, Path],
                                                              qapp: object) -> None:
    """The reason inside the sentence (what the format wants there, or what does not add up)
    is translated too, not left in English."""
    from ui import i18n
    from ui.labels import error_text

    i18n.apply("ja")
    data = json.loads(three["B"].read_text(encoding="utf-8"))
    data["tables"]["nationalities"]["VN"] = -1
    with pytest.raises(MadoguchiError) as broken:
        datafile.check(data, "b.json")
    data = json.loads(three["B"].read_text(encoding="utf-8"))
    data["town"]["municipality_code"] = "011003"
    with pytest.raises(MadoguchiError) as inconsistent:
        datafile.check(data, "b.json")
    assert "should be at least 0" in str(broken.value)          # the command line: English
    texts = [error_text(broken.value), error_text(inconsistent.value)]
    assert "0 以上であるべきです" in texts[0] and "/tables/nationalities/VN" in texts[0]
    assert "団体コードの検査数字" in texts[1]
    assert not any(word in text for text in texts for word in ("should", "check digit"))


# ---- the roll-up of N towns is the report of one town holding all their records ----------

record = st.one_of(
    st.tuples(st.just("c"), st.tuples(
        st.sampled_from(["2025-04-03", "2025-07-15", "2025-12-01", "2026-03-30"]),
        st.sampled_from(["VN", "NP", "PH"]),
        st.lists(st.sampled_from(["medical", "tax_pension", "labour", "other"]), min_size=1,
                 max_size=3, unique=True),
        st.sampled_from(["vi", "ja", "ne"]), st.booleans())),
    st.tuples(st.just("a"), st.tuples(st.sampled_from(["2025-05-01", "2025-10-01"]),
                                      st.sampled_from(["VN", "NP"]),
                                      st.sampled_from(["hospital", "bank"]))),
    st.tuples(st.just("s"), st.tuples(st.sampled_from(["2025-06-01", "2026-01-10"]),
                                      st.sampled_from(["life_orientation",
                                                       "japanese_class"]),
                                      st.dictionaries(st.sampled_from(["VN", "PH"]),
                                                      st.integers(1, 6), min_size=1))))


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(st.lists(st.lists(record, min_size=1, max_size=12), min_size=1, max_size=3))
def test_rollup_equals_one_town_with_all_records(
        tmp_path_factory: pytest.TempPathFactory, towns: list[list[tuple[str, object]]]
        ) -> None:
    root = tmp_path_factory.mktemp("n")
    files = []
    for i, records in enumerate(towns):
        town = new_town(root / f"t{i}", f"町{i}", CODES[i])
        add_records(town, records)  # type: ignore[arg-type]
        files.append(data_file(town, root / f"o{i}"))
        town.close()
    everyone = new_town(root / "all", "全部町", CODES[5])
    for records in towns:
        add_records(everyone, records)  # type: ignore[arg-type]
    one = json.loads(data_file(everyone, root / "oall").read_text(encoding="utf-8"))
    everyone.close()
    rollup, _protection = plan_rollup(files, threshold=1)
    for table in rollup.tables:
        key = table.spec.key
        if key == "totals":
            want = one["tables"]["totals"]
        elif key.startswith("months_"):
            want = one["tables"]["months"][key.removeprefix("months_")]
        elif key == "measures":
            want = {f"{m}:{q}": v for m, qs in one["tables"]["measures"].items()
                    for q, v in qs.items()}
        elif key == "external":
            want = one["external"]["counts"]
        else:
            want = one["tables"][key]
        got = {code: total for (code, _l), total in zip(table.rows, table.totals,
                                                         strict=True) if total}
        assert got == {k: v for k, v in want.items() if v}, key


def test_the_parts_fall_back_to_the_whole_model() -> None:
    """A table that cannot be protected with its town's total printed (the parts fix it)
    is protected with the whole model, where the total may be hidden too."""
    from app.reports.sdc import Model, audit
    from app.rollup.protection import protect_in_parts

    model = Model()
    cons = model.add("cons|131016", 8)
    model.total(cons, [model.add("nationalities:VN|131016", 7),
                       model.add("nationalities:NP|131016", 1)])
    protection = protect_in_parts(model, 5, 10)
    assert protection.hidden == {cons, "nationalities:VN|131016", "nationalities:NP|131016"}
    assert all(i.width >= 10 for i in audit(model, protection.hidden).values())


def test_the_rollup_protection_survives_an_exact_audit(three: dict[str, Path]) -> None:
    from app.reports.sdc import audit

    rollup, protection = plan_rollup([three["A"], three["B"], three["C"]],
                                     provisional=True, threshold=3, width=4, maps=MAPS)
    intervals = audit(rollup.model, protection.hidden)    # exact, no shortcut
    assert intervals and all(i.width >= 4 for i in intervals.values())


def test_prefecture_command_opens_the_window_without_a_database(
        capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[str] = []
    assert main(["prefecture"], window={"prefecture": lambda: opened.append("yes") or 0}) == 0
    assert opened == ["yes"]
    assert main(["prefecture"]) == 2
    assert "window is not part" in capsys.readouterr().err


def test_a_town_with_another_category_list_is_left_blank_there(
        three: dict[str, Path], tmp_path: Path) -> None:
    other = edit(three["C"], lambda d: d["external"].update(id="my_list", name="県の区分"),
                 tmp_path / "c.json")
    rollup, protection = plan_rollup([three["A"], three["B"], other], provisional=True,
                                     threshold=1, maps=MAPS)
    ext = next(t for t in rollup.tables if t.spec.key == "external")
    row = next(i for i, (code, _l) in enumerate(ext.rows) if code == "tax")
    assert ext.cells[row] == [12, 0, None] and ext.totals[row] == 12
    pdf_doc, _ = build_documents(rollup, protection)
    assert any("C市は別の区分表で報告した" in getattr(b, "text", "")
               for s in pdf_doc.sections for b in s.blocks)
