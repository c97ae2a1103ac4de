"""Kanji variants: 陳 (what a Japanese IME gives) finds 陈 (what a Chinese resident wrote),
and the other way round; the same for 張/张, 沢/澤, 辺/邊, 斉/齊. The fold table is OpenCC's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import kanji_variants, reindex, search
from app.records import Resident
from app.services import Services

PAIRS = [("陳", "陈"), ("張", "张"), ("沢", "澤"), ("辺", "邊"), ("斉", "齊"), ("沢", "泽"),
         # name variants OpenCC does not know
         ("高", "髙"), ("崎", "﨑"), ("崎", "嵜"), ("辺", "邉"), ("浜", "濵"), ("島", "嶋"),
         ("橋", "槗"), ("吉", "𠮷")]


def test_the_shipped_table_is_what_opencc_gives() -> None:
    pytest.importorskip("opencc", reason="opencc regenerates the table; a test dependency")
    shipped = json.loads(kanji_variants.TABLE.read_text(encoding="utf-8"))
    assert shipped == kanji_variants.generate()


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_variants_normalise_alike(a: str, b: str) -> None:
    assert search.normalise(a) == search.normalise(b)
    assert search.normalise(f"{a}明") == search.normalise(f"{b}明")


def test_folding_a_folded_text_changes_nothing() -> None:
    for value in kanji_variants.fold_table().values():
        assert kanji_variants.fold(value) == value


@pytest.mark.parametrize(("stored", "typed"), [*PAIRS, *[(b, a) for a, b in PAIRS]])
def test_search_finds_a_resident_under_either_form(services: Services, stored: str,
                                                    typed: str) -> None:
    rid = services.residents.save(Resident(family_name=stored, given_name="美玲",
                                           nationality="CN"))
    assert [i.id for i in services.find(typed) if i.kind == "resident"] == [rid]
    assert [i.id for i in services.find(typed + "美玲") if i.kind == "resident"] == [rid]
    assert [rid] == [r for r, _n in services.residents.find(typed)]


def test_an_index_made_by_an_older_normaliser_is_rebuilt_on_open(tmp_path: Path,
                                                                 services: Services) -> None:
    rid = services.residents.save(Resident(family_name="陈", given_name="伟", nationality="CN"))
    path, key = services.store.path, services.store.key
    assert path is not None
    with services.store.write() as conn:  # as a 0.1.0 database was indexed: no fold
        conn.execute("UPDATE search_people SET body = '陈 伟 伟陈' WHERE rowid = ?",
                     (rid * 4,))
        conn.execute("DELETE FROM settings WHERE key = ?", (reindex.SETTING,))
    assert not [i for i in services.find("陳") if i.kind == "resident"]
    services.close()
    again = Services.open(path, key=key, user="tester")
    try:
        assert [i.id for i in again.find("陳") if i.kind == "resident"] == [rid]
        assert reindex.is_current(again.store.conn)
    finally:
        again.close()


def test_the_bulk_rebuild_indexes_exactly_as_each_save_does(demo: Services) -> None:
    def bodies() -> tuple[list[tuple[int, str]], ...]:
        return tuple(demo.store.query(f"SELECT rowid, body FROM {t} ORDER BY rowid")
                     for t in ("search_people", "search_records", "search_kb"))

    saved = bodies()
    assert all(saved)
    with demo.store.write() as conn:
        reindex.rebuild(conn)
    assert bodies() == saved


def _reference_normalise(text: str) -> str:
    """The normalisation written plainly, every pass always run: normalise() skips passes
    that cannot change the text, and must give the same result."""
    import re
    import unicodedata

    import jaconv

    text = re.sub("[\x00-\x1f\x7f-\x9f]", " ", re.sub(
        "[\u200b-\u200f\u2060-\u2064\ufeff]", "", unicodedata.normalize("NFKC", text)))
    text = kanji_variants.fold(jaconv.hira2kata(text)).casefold()
    text = re.sub("[\u0300-\u036f]", "", unicodedata.normalize("NFD", text))
    text = unicodedata.normalize("NFC", text).translate(str.maketrans(
        {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"}))
    return re.sub(r"\s+", " ", text).strip()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
       | st.text(alphabet="ぐえんグエン陈陳沢澤Nguyễn ĐÆŒøıＡＢｃ１２ 　\t\u200bçãé", max_size=30))
@settings(max_examples=400, deadline=None)
def test_normalise_skips_only_passes_that_change_nothing(text: str) -> None:
    assert search.normalise(text) == _reference_normalise(text)
