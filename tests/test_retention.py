"""Retention: anonymise residents with no activity for N years (app/retention.py)."""

from __future__ import annotations

import argparse
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app import audit, exchange, retention, retention_cli, search
from app.errors import MadoguchiError
from app.jptime import JST, today_local
from app.records import Accompaniment, Consultation, HouseholdLink, Resident, SnsContact
from app.reports.annual import build_annual
from app.reports.model import ReportDocument
from app.reports.monthly import build_monthly
from app.services import Services
from app.store import open_store

MADE_ON = date(2030, 1, 1)
CANARY = Resident(nationality="VN", family_name="Qủynhcanary", given_name="Thịxylo",
                  family_name_latin="QUYNHCANARY", given_name_latin="THIXYLO",
                  kana="クインカナリー ティサイロ", languages=["vi"], district="Kanariyama-cho",
                  employer="Canary Foods", notes="lives beside the Kanariyama mill")
CANARY_FORMS = ("Qủynhcanary", "Thịxylo", "QUYNHCANARY", "THIXYLO", "クインカナリー",
                "ティサイロ", "Kanariyama", "quynhcanary", "thixylo")


OTHERS = [("CN", "technical_intern_training", "zh"), ("PH", "spouse_of_japanese", "tl"),
          ("BR", "long_term_resident", "pt"), ("NP", "dependent", "ne"),
          ("VN", "specified_skilled_worker", "vi"), ("ID", None, "id"),
          ("CN", "student", "zh"), ("PH", "permanent_resident", "en")]


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups made before a purge go under tmp_path, never into the real data folder."""
    monkeypatch.setattr("app.paths.data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr("app.paths.log_dir", lambda: tmp_path / "logs")


def plant_old_residents(services: Services) -> list[int]:
    """The canary and eight others, whose consultations, accompaniments and sessions all lie
    400 to 700 days back (inside the demo's reports), and whose own records have not changed
    since. The canary is first; the second is linked to a resident who stays."""
    rng = random.Random(11)
    today = today_local()

    def day_back() -> date:
        return today - timedelta(days=rng.randint(400, 700))

    people = [Resident(**{**CANARY.__dict__, "sns": [], "links": [],
                          "residence_status": "technical_intern_training"})]
    people += [Resident(nationality=nat, residence_status=status, languages=[lang],
                        family_name_latin=f"Zorvath{i}", given_name_latin="Old", district="Kita",
                        employer="Old Farm", sns=[SnsContact("line", f"zorvath{i}")])
               for i, (nat, status, lang) in enumerate(OTHERS)]
    stays = services.store.query_one("SELECT min(id) FROM residents")[0]
    ids = []
    for i, person in enumerate(people):
        if i == 1 and stays is not None:
            person.links = [HouseholdLink(stays, "spouse")]
        ids.append(services.residents.save(person))
    sessions = [r[0] for r in services.store.query(
        "SELECT id FROM sessions WHERE date < ?",
        ((today - timedelta(days=400)).isoformat(),))]
    for rid, person in zip(ids, people, strict=True):
        for _ in range(rng.randint(1, 3)):
            when = day_back()
            services.consultations.save(Consultation(
                occurred_at=f"{when.isoformat()}T{rng.randint(9, 16):02d}:00",
                language=rng.choice([person.languages[0], "ja"]),
                channel=rng.choice(["desk", "phone", "sns"]), minutes=rng.choice([10, 30]),
                topics=rng.sample(["housing", "medical", "labour", "tax_pension"], 2),
                resident_id=rid, status="closed", interpreter="none",
                asked=f"{person.display_name()} asks about the flat",
                done=f"Called {person.family_name_latin}'s landlord"))
        if rid == ids[0] or rng.random() < 0.5:
            services.accompaniments.save(Accompaniment(
                date=day_back().isoformat(), destination_kind="hospital", resident_id=rid,
                time_out="10:00", time_back="12:30", distance_km=12.5, transport_cost=900,
                facility="Kanariyama clinic", purpose=f"check-up for {person.display_name()}",
                outcome="fine", health_details=f"{person.family_name_latin}: asthma"))
        if sessions and rid != ids[0]:
            with services.store.write() as conn:
                conn.execute("INSERT OR IGNORE INTO session_attendees VALUES (?, ?)",
                             (rng.choice(sessions), rid))
    old = today - timedelta(days=720)
    with services.store.write() as conn:
        conn.executemany(
            "UPDATE residents SET updated_at = ?, arrival_date = ?, consent_date = ? "
            "WHERE id = ?", [(f"{old.isoformat()}T00:00:00.000000Z", old.isoformat(),
                              old.isoformat(), rid) for rid in ids])
    return ids


def expected_candidates(services: Services, years: int, today: date) -> set[int]:
    """Worked out row by row, apart from app/retention.py."""
    q = services.store.query
    latest: dict[int, str] = {}

    def seen(rid: int | None, day: str | None) -> None:
        if rid is not None and day:
            latest[rid] = max(latest.get(rid, ""), day[:10])

    named: set[int] = set()
    for rid, arrival, updated, *names in q(
            "SELECT id, arrival_date, updated_at, family_name, given_name, family_name_latin, "
            "given_name_latin, kana FROM residents"):
        if any(names):
            named.add(rid)
        seen(rid, arrival)
        moment = datetime.strptime(updated, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        seen(rid, moment.astimezone(JST).date().isoformat())
    for rid, when in q("SELECT resident_id, occurred_at FROM consultations"):
        seen(rid, when)
    for rid, day in q("SELECT resident_id, date FROM accompaniments"):
        seen(rid, day)
    for rid, day in q("SELECT x.resident_id, s.date FROM session_attendees x "
                      "JOIN sessions s ON s.id = x.session_id"):
        seen(rid, day)
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:
        limit = today.replace(year=today.year - years, day=28)
    return {rid for rid in named if latest[rid] < limit.isoformat()}


def all_reports(services: Services) -> list[ReportDocument]:
    first = services.store.query_one("SELECT min(occurred_at) FROM consultations")[0]
    start = date.fromisoformat(first[:10])
    today = today_local()
    docs = []
    for fy in range(start.year - 1, today.year + 1):
        docs.append(build_annual(services.store, services.codes, fy, made_on=MADE_ON))
    year, month = start.year, start.month
    while (year, month) <= (today.year, today.month):
        docs.append(build_monthly(services.store, services.codes, year, month,
                                  made_on=MADE_ON))
        year, month = year + month // 12, month % 12 + 1
    return docs


def text_of(services: Services, rid: int) -> str:
    """Every stored text about one resident: their row, records, links and index rows."""
    q = services.store.query
    parts = [repr(q("SELECT * FROM residents WHERE id = ?", (rid,))),
             repr(q("SELECT * FROM resident_links WHERE ? IN (resident_id, related_id)",
                    (rid,))),
             repr(q("SELECT * FROM consultations WHERE resident_id = ?", (rid,))),
             repr(q("SELECT * FROM accompaniments WHERE resident_id = ?", (rid,))),
             repr(q("SELECT body FROM search_people WHERE rowid = ?", (rid * 4,))),
             repr(q("SELECT body FROM search_records WHERE rowid IN "
                    "(SELECT id FROM consultations WHERE resident_id = ?)", (rid,)))]
    return "\n".join(parts)


def test_preview_lists_the_inactive_residents(demo: Services) -> None:
    planted = plant_old_residents(demo)
    today = today_local()
    for years in (1, 2, 3):
        found = retention.preview(demo.store, years, today)
        assert {c.id for c in found} == expected_candidates(demo, years, today)
        assert all(c.last_activity and c.last_activity < retention.cutoff(years, today)
                   for c in found)
    one = {c.id: c for c in retention.preview(demo.store, 1, today)}
    assert set(planted) <= set(one)
    canary = one[planted[0]]
    assert (canary.consultations, canary.accompaniments, canary.sessions) == (
        *demo.store.query_one(
            "SELECT (SELECT count(*) FROM consultations WHERE resident_id = :id), "
            "(SELECT count(*) FROM accompaniments WHERE resident_id = :id)",
            {"id": planted[0]}), 0)
    assert canary.name == "Qủynhcanary Thịxylo (QUYNHCANARY THIXYLO)"
    assert any(one[rid].sessions for rid in planted)
    assert retention.preview(demo.store, 2, today) == []  # the demo town is two years old
    with pytest.raises(MadoguchiError):
        retention.preview(demo.store, 0)


def test_anonymise_keeps_every_report_and_forgets_the_names(demo: Services,
                                                            tmp_path: Path) -> None:
    planted = plant_old_residents(demo)
    ids = [c.id for c in retention.preview(demo.store, 1)]
    assert sorted(ids) == sorted(planted)
    old_names = {rid: Resident(family_name=r[0], given_name=r[1], family_name_latin=r[2],
                               given_name_latin=r[3], kana=r[4])
                 for rid, *r in demo.store.query(
                     "SELECT id, family_name, given_name, family_name_latin, "
                     "given_name_latin, kana FROM residents")}
    counts = {t: demo.store.query_one(f"SELECT count(*) FROM {t}")[0]
              for t in ("residents", "consultations", "accompaniments", "session_attendees",
                        "consultation_topics", "sessions")}
    links = demo.store.query_one("SELECT count(*) FROM resident_links")[0]
    before = all_reports(demo)
    assert len(before) > 20 and any(t.rows for d in before for t in d.tables())
    assert demo.find("Kanariyama") and demo.find("QUYNHCANARY") and demo.find("Zorvath3")

    assert retention.anonymise(demo.store, ids, user_role="admin") == len(ids)

    after = all_reports(demo)
    for doc_before, doc_after in zip(before, after, strict=True):
        for t_before, t_after in zip(doc_before.tables(), doc_after.tables(), strict=True):
            assert (t_before.key, t_before.rows, t_before.total_row) == \
                   (t_after.key, t_after.rows, t_after.total_row), doc_before.title
        assert doc_before == doc_after
    assert counts == {t: demo.store.query_one(f"SELECT count(*) FROM {t}")[0] for t in counts}
    assert demo.store.query_one("SELECT count(*) FROM resident_links")[0] == links - 1

    # The canary is gone from search, from the rows and from an export.
    for query in ("Kanariyama", "QUYNHCANARY", "クインカナリー", "Qủynhcanary", "Zorvath3",
                  "asthma"):
        assert demo.find(query) == [], query
    dump = tmp_path / "all.json"
    exchange.export_file(demo.store, dump)
    exported = dump.read_text(encoding="utf-8")
    for form in (*CANARY_FORMS, "Zorvath", "zorvath", "asthma"):
        assert form not in exported
        for rid in ids:
            stored = text_of(demo, rid)
            assert form not in stored and search.normalise(form) not in stored
    # Every anonymised resident: blank, unfindable, with nothing identifying left, and
    # still counted by nationality.
    for rid in ids:
        row = demo.store.query_one(
            "SELECT family_name || given_name || family_name_latin || given_name_latin || kana"
            " || employer || district || notes, sns, arrival_date, consent_date, "
            "consent_method, nationality, languages FROM residents WHERE id = ?", (rid,))
        assert row[:5] == ("", "[]", None, None, None) and row[5] and row[6] != "[]"
        assert demo.store.query(
            "SELECT 1 FROM consultations WHERE resident_id = ? AND asked || done <> ''",
            (rid,)) == []
        assert demo.store.query(
            "SELECT 1 FROM accompaniments WHERE resident_id = ? "
            "AND facility || purpose || outcome || health_details <> ''", (rid,)) == []
        name = old_names[rid]
        for query in {name.family_name_latin + " " + name.given_name_latin, name.kana,
                      name.family_name + name.given_name} - {""}:
            hits = demo.find(query, limit=500)
            assert ("resident", rid) not in {(h.kind, h.id) for h in hits}
            assert not {h.id for h in hits if h.kind == "consultation"} & {
                r[0] for r in demo.store.query(
                    "SELECT id FROM consultations WHERE resident_id = ?", (rid,))}
    assert retention.preview(demo.store, 1) == []  # already anonymised: not listed again
    assert demo.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = demo.store.query("SELECT user, record_uuid, changes, detail FROM audit "
                            "WHERE action = 'purge'")
    assert {r[1] for r in rows} == {r[0] for r in demo.store.query(
        f"SELECT uuid FROM residents WHERE id IN ({','.join(map(str, ids))})")}
    assert all(r[0] == "admin" and r[2] is None for r in rows)
    assert all(form not in str(rows) for form in CANARY_FORMS)
    assert list((tmp_path / "data").rglob("*before-purge*.db"))


def test_only_an_administrator_can_purge(demo: Services) -> None:
    canary = plant_old_residents(demo)[0]
    with pytest.raises(MadoguchiError, match="administrator"):
        retention.anonymise(demo.store, [canary], user_role="staff")
    demo.store.role = "staff"
    with pytest.raises(MadoguchiError, match="administrator"):
        retention.anonymise(demo.store, [canary], user_role="admin")
    demo.store.role = "admin"
    assert demo.residents.get(canary).family_name_latin == "QUYNHCANARY"
    with pytest.raises(MadoguchiError):
        retention.anonymise(demo.store, [canary, 10_000_000], user_role="admin")
    assert demo.residents.get(canary).family_name_latin == "QUYNHCANARY"
    assert retention.anonymise(demo.store, [], user_role="admin") == 0


def test_purge_command_previews_without_names(demo: Services,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    plant_old_residents(demo)
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db")
    retention_cli.add_arguments(parser.add_subparsers(dest="command"), common)
    found = retention.preview(demo.store, 1)

    assert retention_cli.run(parser.parse_args(["purge", "--years", "1"]), demo) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len(found)} residents") and "--apply" in out
    assert {c.uuid for c in found} <= set(out.split())
    assert all(c.name not in out for c in found) and "QUYNHCANARY" not in out
    assert "Zorvath" not in out
    assert len(retention.preview(demo.store, 1)) == len(found)  # nothing changed

    assert retention_cli.run(parser.parse_args(["purge", "--years", "1", "--apply"]), demo) == 0
    assert f"{len(found)} residents anonymised" in capsys.readouterr().out
    assert retention.preview(demo.store, 1) == []


def test_old_text_does_not_linger_in_the_file(tmp_path: Path, services: Services) -> None:
    """Unencrypted here only so that the raw bytes can be read: freed space is overwritten
    and the search index merged, so the old names are not left in free pages. SQLCipher
    overwrites freed space in every encrypted file; the plain file is set up the same way."""
    assert services.store.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    store = open_store(tmp_path / "plain.db", create=True, user="clerk", role="admin")
    store.conn.execute("PRAGMA secure_delete = ON")
    plain = Services(store)
    try:
        ids = plant_old_residents(plain)
        for i in range(30):
            plain.consultations.save(Consultation(
                occurred_at="2024-06-01T10:00", language="vi", channel="desk",
                topics=["other"], nationality="VN", asked=f"unrelated {i}"))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = (tmp_path / "plain.db").read_bytes()
        assert b"QUYNHCANARY" in raw and b"Zorvath" in raw  # the test can see them
        retention.anonymise(store, ids, user_role="admin")
        # Audit rows made before the purge are checked in the next test; the purge blanks
        # their values, and the freed space is overwritten like the rest.
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = (tmp_path / "plain.db").read_bytes()
        for form in (*CANARY_FORMS, "Zorvath", "asthma", "Old Farm"):
            for text in {form, search.normalise(form)}:
                assert text.encode() not in raw, text
    finally:
        plain.close()


def test_audit_rows_from_before_a_purge_keep_no_names(demo: Services) -> None:
    """Rows written when the resident was saved held the names; the purge blanks them and
    the chain still verifies."""
    ids = plant_old_residents(demo)
    rows = demo.store.query("SELECT action, record_kind, changes FROM audit")
    assert any(f in str(r) for r in rows for f in CANARY_FORMS)  # the check can see them
    retention.anonymise(demo.store, ids, user_role="admin")
    rows = demo.store.query("SELECT action, record_kind, changes, detail FROM audit")
    kept = sorted({(r[0], r[1]) for r in rows if any(f in str(r) for f in CANARY_FORMS)})
    assert kept == []
    assert audit.verify(demo.store) is None


def test_side_files_are_rotated_too(demo: Services, demo_path: Path, tmp_path: Path) -> None:
    """Copies before a migration, files replaced by a restore, quarantined files and the
    partial copies an interrupted write leaves are all removed in time, not kept forever."""
    import os

    from app import backup

    now = datetime(2026, 11, 27, 12, 0, tzinfo=JST)
    old, young = "20261020-090000", "20261120-090000"
    folder = backup.backup_folder(demo.store)
    folder.mkdir(parents=True, exist_ok=True)
    quarantine = tmp_path / "data" / "quarantine"
    name = demo_path.name
    doomed = [demo_path.with_name(f"{name}.before-v6-{old}.bak"),
              demo_path.with_name(f"{name}.replaced-{old}"),
              demo_path.with_name(f"{name}.replaced-{old}.keys"),
              demo_path.with_name(f".{name}.k3j2x.part"),
              folder / ".madoguchi-20261020-090000-daily.db.abc123.part",
              folder / ".madoguchi-20261020-090000-daily.db.keys.q1w2.part",
              quarantine / old / "demo.db"]
    kept = [demo_path.with_name(f"{name}.before-v6-{young}.bak"),
            demo_path.with_name(f"{name}.replaced-{young}"),
            folder / ".madoguchi-20261127-115900-daily.db.zz9.part",  # still being written
            quarantine / young / "demo.db", demo_path.with_name("notes.before-v6-x.bak"),
            demo_path.with_name(".firefox-download.zip.part"),  # not Madoguchi's
            folder / ".other.db.abc.part"]
    for path in doomed + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"QUYNHCANARY")
    hour_ago = (now.timestamp() - 2 * 3600, now.timestamp() - 2 * 3600)
    for path in doomed:
        os.utime(path, hour_ago)
    os.utime(kept[2], (now.timestamp() - 60, now.timestamp() - 60))
    for path in kept[-2:]:
        os.utime(path, hour_ago)
    assert backup.daily_backup_if_needed(demo.store, now=now) is not None
    assert [p for p in doomed if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []
    assert not (quarantine / old).exists()
    assert demo_path.exists() and backup.quick_check(demo_path, demo.store.key)
