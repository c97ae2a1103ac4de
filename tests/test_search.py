from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.records import Consultation, Resident
from app.search import normalise
from app.services import Services


@pytest.fixture
def town(services: Services) -> dict[str, int]:
    ids = {}
    ids["nguyen"] = services.residents.save(Resident(
        nationality="VN", family_name="Nguyễn", given_name="Thị Lan",
        family_name_latin="NGUYEN", given_name_latin="THI LAN", kana="グエン ティラン",
        languages=["vi"]))
    ids["lin"] = services.residents.save(Resident(
        nationality="CN", family_name="林", given_name="秀英", family_name_latin="Lin",
        given_name_latin="Xiuying", kana="リン シウイン"))
    ids["somchai"] = services.residents.save(Resident(
        nationality="TH", family_name="สมบูรณ์", given_name="สมชาย",
        family_name_latin="Somboon", given_name_latin="Somchai"))
    ids["aung"] = services.residents.save(Resident(
        nationality="MM", given_name="အောင်ကျော်ဝင်း", given_name_latin="Aung Kyaw Win"))
    ids["consult"] = services.consultations.save(Consultation(
        occurred_at="2026-11-02T10:00", language="vi", channel="desk", topics=["medical"],
        resident_id=ids["lin"], asked="在留カードの更新について", done="入管の予約を案内"))
    ids["anon"] = services.consultations.save(Consultation(
        occurred_at="2026-11-03T10:00", language="ja", channel="phone", topics=["other"],
        nationality="PH", asked="ゴミの分別表がほしい"))
    return ids


def kinds(services: Services, query: str) -> set[tuple[str, int]]:
    return {(f.kind, f.id) for f in services.find(query)}


@pytest.mark.parametrize("query", ["Nguyen", "NGUYEN", "nguyễn", "Nguyễn", "ｎｇｕｙｅｎ",
                                   "NGUYỄN", "thi lan", "Thị Lan", "グエン", "ぐえん", "ｸﾞｴﾝ",
                                   "ティラン"])
def test_name_forms_find_the_resident(services: Services, town: dict[str, int],
                                      query: str) -> None:
    assert ("resident", town["nguyen"]) in kinds(services, query)


@pytest.mark.parametrize("query,who", [("林", "lin"), ("秀英", "lin"), ("Li", "lin"),
                                       ("り", "lin"), ("สม", "somchai"), ("Somchai", "somchai"),
                                       ("สมชาย", "somchai"), ("အောင်", "aung"),
                                       ("kyaw win", "aung")])
def test_short_and_other_script_queries(services: Services, town: dict[str, int],
                                        query: str, who: str) -> None:
    assert ("resident", town[who]) in kinds(services, query)


def test_consultation_text_and_resident_name_find_consultations(
        services: Services, town: dict[str, int]) -> None:
    assert ("consultation", town["consult"]) in kinds(services, "在留カード")
    assert ("consultation", town["consult"]) in kinds(services, "lin xiuying")
    assert ("consultation", town["anon"]) in kinds(services, "ごみ")  # hiragana finds katakana
    assert ("consultation", town["consult"]) not in kinds(services, "ごみ")


def test_no_false_hits(services: Services, town: dict[str, int]) -> None:
    assert services.find("Tanaka") == []
    assert services.find("   ") == []


def test_renaming_a_resident_updates_their_consultations(services: Services,
                                                        town: dict[str, int]) -> None:
    r = services.residents.get(town["lin"])
    r.family_name_latin = "Lam"
    services.residents.save(r)
    assert ("consultation", town["consult"]) in kinds(services, "lam xiuying")
    assert ("consultation", town["consult"]) not in kinds(services, "lin xiuying")


def test_normalise_examples() -> None:
    assert normalise("Nguyễn Đức") == "nguyen duc"
    assert normalise("ＡＢＣ　１２３") == "abc 123"
    assert normalise("ひらがな") == "ヒラガナ"
    assert normalise("ｶﾞｷﾞ") == "ガギ"  # half-width kana with dakuten stay voiced
    assert normalise("สมชาย") == "สมชาย"  # Thai marks are not stripped


HOSTILE = ['"', '""', "'", "AND", "OR NOT", "NEAR(a b)", "*", "a*", "^", "-x", "(", ")",
           "%", "_", "\\", "100%", "a_b", "col:val", "{a b}", "\x00", "'; DROP TABLE x;--"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_only_text(services: Services, town: dict[str, int],
                                    query: str) -> None:
    services.find(query)  # must not raise


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=12))
def test_any_text_searches_without_error(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    svc = _shared(tmp_path_factory)
    for hit in svc.find(text):
        assert hit.kind in {"resident", "consultation", "organisation", "bridge_person"}


_SVC: dict[str, Services] = {}


def _shared(factory) -> Services:  # type: ignore[no-untyped-def]
    if "s" not in _SVC:
        svc = Services.open(factory.mktemp("hyp") / "h.db", create=True)
        svc.residents.save(Resident(nationality="VN", family_name="Nguyễn",
                                    family_name_latin="Nguyen"))
        _SVC["s"] = svc
    return _SVC["s"]


@pytest.mark.parametrize("query", ["goncalves", "GONCALVES", "Gonçalves", "joao pedro",
                                   "ferreira", "conceicao"])
def test_portuguese_names_are_found_without_their_accents(services: Services,
                                                          query: str) -> None:
    # only the accented name is saved: no Latin-letters field that would match by itself
    rid = services.residents.save(Resident(
        nationality="BR", family_name="Gonçalves Ferreira da Conceição",
        given_name="João Pedro", languages=["pt"]))
    assert ("resident", rid) in kinds(services, query)


def test_spanish_names_are_found_without_their_accents(services: Services) -> None:
    rid = services.residents.save(Resident(
        nationality="PE", family_name="Gutiérrez Núñez", given_name="María Ángela",
        languages=["es"]))
    for query in ("gutierrez nunez", "NUNEZ", "maria angela", "Núñez"):
        assert ("resident", rid) in kinds(services, query), query
    assert ("resident", rid) not in kinds(services, "nunes")


def test_the_demo_town_has_brazilian_and_peruvian_residents(demo: Services) -> None:
    """Found by their first family name typed without accents ('goncalves', 'gutierrez')."""
    import unicodedata

    from app import demo_people as demo_data

    def bare(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text)
                       if not unicodedata.combining(c)).lower()

    for nat in ("BR", "PE"):
        residents = []
        for family in {f.native.split()[0] for f in demo_data.FAMILY_NAMES[nat]}:
            residents += [demo.residents.get(f.id) for f in demo.find(bare(family), limit=500)
                          if f.kind == "resident" and f.nationality == nat]
        assert len(residents) >= 3, nat
        assert all(len(r.family_name.split()) >= 2 for r in residents)  # two family names
        assert any(not r.family_name.isascii() for r in residents), nat  # with accents
        assert all(r.languages and r.languages[0] == demo_data.LATIN_AMERICAN_LANGUAGE[nat]
                   for r in residents)
