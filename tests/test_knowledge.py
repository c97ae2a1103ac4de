from __future__ import annotations

from datetime import date

import pytest
from conftest import kb_entry

from app.errors import ValidationError
from app.knowledge import KbEntry, KbText, NoTextInLanguage
from app.records import Consultation
from app.services import Services


def test_validation_needs_japanese_first_and_real_codes(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.knowledge.save(KbEntry(topic="daily_rules",
                                        texts=[KbText("vi", "Hỏi", "Đáp")]))
    assert "texts" in info.value.errors
    with pytest.raises(ValidationError) as info:
        services.knowledge.save(kb_entry("no_such_topic", "質問", "回答"))
    assert info.value.errors == {"topic": "Not in the code list."}
    assert services.store.query_one("SELECT count(*) FROM kb_entries")[0] == 0


def test_search_in_any_script(services: Services, kb: dict[str, int]) -> None:
    k = services.knowledge
    assert set(k.search_ids("ごみ")) == {kb["garbage"], kb["draft"]}  # hiragana finds ゴミ
    assert k.search_ids("phan loai rac") == [kb["garbage"]]  # Vietnamese without diacritics
    assert k.search_ids("熱") == [kb["clinic"]]  # one character: the LIKE fallback
    assert k.search_ids('"") OR (') == []


def test_suggestions_rank_topic_and_words_and_skip_drafts(services: Services,
                                                          kb: dict[str, int]) -> None:
    k = services.knowledge
    assert k.suggest(["daily_rules"], "ゴミの分別がわからない")[0] == kb["garbage"]
    assert kb["draft"] not in k.suggest(["daily_rules"], "粗大ごみ")
    assert k.suggest(["medical"], "")[0] == kb["clinic"]
    assert k.suggest([], "") == []


def test_answered_with_counts_usage(services: Services, kb: dict[str, int]) -> None:
    k = services.knowledge
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-02T10:00", language="vi", channel="sns", topics=["daily_rules"],
        nationality="VN"))
    k.answered_with(cid, [kb["garbage"]])
    assert k.answers_of(cid) == [kb["garbage"]]
    rows = {r.id: r for r in k.entries("vi", today=date(2026, 11, 27))}
    assert rows[kb["garbage"]].used == 1 and rows[kb["clinic"]].used == 0
    assert rows[kb["garbage"]].question == "Cách phân loại rác?"
    assert rows[kb["clinic"]].needs_review and not rows[kb["garbage"]].needs_review
    assert [r.id for r in k.entries(published_only=True)] == sorted(
        [kb["garbage"], kb["clinic"]], key=lambda i: (rows[i].topic, i))


def test_sns_text_is_plain_and_in_the_residents_language(services: Services,
                                                         kb: dict[str, int]) -> None:
    k = services.knowledge
    assert k.sns_text(kb["garbage"], "vi") == "Q. Cách phân loại rác?\n\nĐưa lịch thu gom rác.\n"
    with pytest.raises(NoTextInLanguage) as missing:  # never Japanese without being asked
        k.sns_text(kb["clinic"], "th")
    assert missing.value.languages == ["ja"]


def test_sns_text_carries_documents_and_organisations(services: Services) -> None:
    from app.records import Organisation

    oid = services.directory.save_organisation(Organisation(
        name="ハローワーク", kind="hello_work", phone="0123-45-6789"))
    entry = kb_entry("labour", "仕事を探したい", "ハローワークを案内する。",
                     ("vi", "Tìm việc làm?", "Đến Hello Work."))
    entry.documents = ["在留カード", "履歴書"]
    entry.organisation_ids = [oid]
    eid = services.knowledge.save(entry)
    text = services.knowledge.sns_text(eid, "vi", documents_heading="Giấy tờ cần mang:",
                                       organisations_heading="Nơi hỗ trợ:")
    assert text == ("Q. Tìm việc làm?\n\nĐến Hello Work.\n\nGiấy tờ cần mang:\n・在留カード\n"
                    "・履歴書\n\nNơi hỗ trợ:\n・ハローワーク ☎ 0123-45-6789\n")


def test_delete_and_review(services: Services, kb: dict[str, int]) -> None:
    k = services.knowledge
    k.mark_reviewed(kb["clinic"], date(2026, 11, 27))
    assert k.get(kb["clinic"]).reviewed_on == "2026-11-27"
    k.delete(kb["clinic"])
    assert k.search_ids("熱") == []
