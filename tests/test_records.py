from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import MadoguchiError, ValidationError
from app.jptime import fiscal_year, local_minute, month_key, to_local
from app.records import (
    Accompaniment,
    BridgePerson,
    Consultation,
    HouseholdLink,
    Organisation,
    Resident,
    Session,
    SnsContact,
)
from app.services import Services


def resident(services: Services, **extra: object) -> int:
    values: dict[str, object] = {"nationality": "VN", "family_name": "Trần",
                                 "given_name": "Văn Hùng", "family_name_latin": "TRAN",
                                 "given_name_latin": "VAN HUNG", **extra}
    return services.residents.save(Resident(**values))  # type: ignore[arg-type]


def test_every_record_kind_round_trips(services: Services) -> None:
    org = services.directory.save_organisation(Organisation(
        name="浜崎市立病院", kind="hospital", languages=["ja", "vi"], interpreter_available=True))
    bridge = services.directory.save_bridge_person(BridgePerson(
        name="Nguyễn Thị Hoa", languages=["vi", "ja"], sns=[SnsContact("zalo", "hoa.nt")]))
    spouse = resident(services, given_name="Thị Mai")
    rid = services.residents.save(Resident(
        nationality="VN", family_name="Trần", given_name="Văn Hùng", kana="チャン ヴァンフン",
        languages=["vi", "ja"], residence_status="technical_intern_training",
        sns=[SnsContact("zalo", "hung.tran")], arrival_date="2024-04-01",
        consent_date="2024-04-03", consent_method="written",
        links=[HouseholdLink(spouse, "spouse")]))
    cid = services.consultations.save(Consultation(
        occurred_at="2026-11-02T10:30", language="vi", channel="sns", sns_app="zalo",
        topics=["medical", "health_insurance"], resident_id=rid, interpreter="cir",
        asked="病院の予約", referral_org_id=org, status="referred",
        follow_up_date="2026-11-09", minutes=30))
    aid = services.accompaniments.save(Accompaniment(
        date="2026-11-05", destination_kind="hospital", resident_id=rid, time_out="09:00",
        time_back="11:30", organisation_id=org, health_details="妊婦健診", distance_km=12.5,
        transport_cost=930, consultation_id=cid))
    sid = services.sessions.save(Session(
        date="2026-10-10", kind="life_orientation", topics=["garbage_sorting"],
        languages=["ja", "vi"], attendee_ids=[rid, spouse], headcounts={"PH": 3, "ID": 2}))

    r = services.residents.get(rid)
    assert r.sns == [SnsContact("zalo", "hung.tran")] and r.languages == ["vi", "ja"]
    assert r.links == [HouseholdLink(spouse, "spouse")]
    assert services.residents.get(spouse).links == [HouseholdLink(rid, "spouse")]
    c = services.consultations.get(cid)
    assert c.topics == ["health_insurance", "medical"] and c.referral_org_id == org
    a = services.accompaniments.get(aid)
    assert (a.time_back, a.distance_km, a.health_details) == ("11:30", 12.5, "妊婦健診")
    s = services.sessions.get(sid)
    assert s.attendance() == 7 and s.headcounts == {"ID": 2, "PH": 3}
    assert services.directory.bridge_person(bridge).sns == [SnsContact("zalo", "hoa.nt")]
    assert len(r.uuid) == 36 and len({r.uuid, c.uuid, a.uuid, s.uuid}) == 4

    timeline = [(e.kind, e.when) for e in services.residents.timeline(rid)]
    assert timeline == [("accompaniment", "2026-11-05T09:00"),
                        ("consultation", "2026-11-02T10:30"), ("session", "2026-10-10")]


def test_parent_child_reads_both_ways(services: Services) -> None:
    child = resident(services, given_name="Bé")
    parent = services.residents.save(Resident(nationality="VN", given_name="Mẹ",
                                              links=[HouseholdLink(child, "child")]))
    assert services.residents.get(child).links == [HouseholdLink(parent, "parent")]


def test_stamps_record_who_and_when(services: Services) -> None:
    rid = resident(services)
    row = services.store.query_one(
        "SELECT created_by, updated_by, created_at, updated_at FROM residents WHERE id = ?",
        (rid,))
    assert row[0] == row[1] == "tester" and row[2] == row[3]
    services.store.user = "cir"
    r = services.residents.get(rid)
    r.district = "港町"
    services.residents.save(r)
    row2 = services.store.query_one(
        "SELECT created_by, updated_by, created_at, updated_at FROM residents WHERE id = ?",
        (rid,))
    assert row2[0] == "tester" and row2[1] == "cir" and row2[2] == row[2] and row2[3] > row[3]


def test_invalid_save_changes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.consultations.save(Consultation(occurred_at="2026-02-30T10:00",
                                                 language="vi", channel="desk",
                                                 topics=["medical"], nationality="VN"))
    assert "occurred_at" in info.value.errors
    assert services.store.query_one("SELECT count(*) FROM consultations")[0] == 0


def test_resident_with_records_cannot_be_deleted(services: Services) -> None:
    rid = resident(services)
    services.consultations.save(Consultation(occurred_at="2026-11-02T10:30", language="vi",
                                             channel="desk", topics=["other"], resident_id=rid))
    with pytest.raises(MadoguchiError, match="1 linked records"):
        services.residents.delete(rid)
    assert services.residents.get(rid).id == rid


def test_follow_ups_and_open_consultations(services: Services) -> None:
    rid = resident(services)

    def add(follow: str | None, status: str) -> int:
        return services.consultations.save(Consultation(
            occurred_at="2026-11-01T09:00", language="vi", channel="desk", topics=["other"],
            resident_id=rid, follow_up_date=follow, status=status))

    overdue = add("2026-11-20", "open")
    due = add("2026-11-27", "waiting")
    add("2026-11-20", "closed")
    later = add("2026-12-01", "referred")
    over, today = services.follow_ups("2026-11-27")
    assert [i.consultation_id for i in over] == [overdue]
    assert [i.consultation_id for i in today] == [due]
    assert {i.consultation_id for i in services.open_consultations()} == {overdue, due, later}
    assert services.count_open() == 3


def test_japan_time_month_and_fiscal_year(services: Services) -> None:
    assert fiscal_year(date(2027, 3, 31)) == 2026
    assert fiscal_year(date(2027, 4, 1)) == 2027
    # 2027-03-31 15:00 UTC is 2027-04-01 00:00 in Japan: the next fiscal year.
    late = datetime(2027, 3, 31, 15, 0, tzinfo=UTC)
    assert local_minute(late) == "2027-04-01T00:00"
    assert fiscal_year(to_local(late).date()) == 2027
    assert month_key(to_local(datetime(2026, 10, 31, 16, 0, tzinfo=UTC)).date()) == "2026-11"
    rid = resident(services)
    for when in ("2027-03-31T23:30", "2027-04-01T08:00"):
        services.consultations.save(Consultation(occurred_at=when, language="vi",
                                                 channel="desk", topics=["other"],
                                                 resident_id=rid))
    rows = services.store.query("SELECT occurred_at, month, fiscal_year FROM consultations "
                                "ORDER BY occurred_at")
    assert rows == [("2027-03-31T23:30", "2027-03", 2026), ("2027-04-01T08:00", "2027-04", 2027)]
