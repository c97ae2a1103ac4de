"""`madoguchi demo`: a believable town (みさき町) with residents, consultations,
accompaniments and sessions spread over the years, written in one transaction."""

from __future__ import annotations

import bisect
import itertools
import os
import random
import tempfile
import uuid
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import demo_data as d
from app import demo_people as people
from app import kb_demo_data as kb
from app import keyslots, search
from app.errors import MadoguchiError
from app.jptime import today_local, utc_stamp
from app.keyslots import Kdf
from app.knowledge import KbEntry, KbText
from app.marks import QT_TRANSLATE_NOOP
from app.rows import jdump

if TYPE_CHECKING:
    from app.services import Services
    from app.store import Store

DEMO_USER = "admin"
TOWN_NOTES = (
    "・月曜の朝は技能実習生の転入届が重なりやすいので、窓口を二人で対応する。\n"
    "・みさき水産加工の総務課（ベトナム語通訳が常駐）とは、月に一度情報交換をしている。\n"
    "・冬は除雪と灯油ストーブの相談が増える。11月の生活オリエンテーションで必ず説明する。\n"
    "・日本語教室はNPO法人みさき日本語の会と共催。講師の連絡先は関係機関の欄を参照。\n"
    "・SNSの返信は原則2営業日以内。夜間・休日の緊急時は浜崎市の休日夜間急患センターを案内する。")
DEMO_PASSWORD = keyslots.DEMO_PASSWORD
CONSULTATIONS_PER_RESIDENT_YEAR = 2.0
ACCOMPANIMENTS_PER_RESIDENT_YEAR = 0.15
# Relative weight of each calendar month: April arrivals, June tax notices, March moves.
MONTH_WEIGHTS = {1: 8, 2: 8, 3: 10, 4: 13, 5: 10, 6: 10, 7: 8, 8: 7, 9: 8, 10: 8, 11: 8, 12: 7}
CHANNELS = {"desk": 34, "sns": 30, "phone": 20, "visit": 5, "email": 3, "online_video": 3,
            "fair": 5}
SNS_APPS = {"VN": ("zalo", "messenger"), "ID": ("whatsapp", "messenger"),
            "PH": ("messenger", "viber"), "TH": ("line", "messenger"),
            "MM": ("messenger", "viber"), "CN": ("wechat", "line"),
            "NP": ("messenger", "viber"), "BR": ("whatsapp", "messenger"),
            "PE": ("whatsapp", "messenger")}
WORK_STATUSES = ("technical_intern_training", "specified_skilled_worker",
                 "employment_for_skill_development", "engineer_humanities_international")
DESTINATIONS = {"hospital": 45, "town_hall": 14, "health_centre": 8, "immigration": 10,
                "bank": 8, "school": 7, "police": 3, "other": 5}
DESTINATION_ORG = {"hospital": "hospital", "immigration": "immigration", "school": "school",
                   "police": "police", "town_hall": "government", "health_centre": "government"}
REFERRAL_ORG = {"medical": "hospital", "mental_health": "hospital", "labour": "labour_office",
                "residence_procedures": "immigration", "marriage_family": "legal",
                "childcare_education": "school", "welfare": "government"}
SESSIONS_PER_YEAR = {"japanese_class": 40, "life_orientation": 4, "consultation_fair": 2,
                     "company_training": 3, "exchange_event": 3, "disaster_drill": 1}
SESSION_TOPICS = {"japanese_class": ("japanese_language",),
                  "life_orientation": ("garbage_sorting", "using_hospitals", "tax_pension",
                                       "neighbourhood_association", "health_insurance"),
                  "consultation_fair": ("tax_pension", "health_insurance", "work_rules"),
                  "company_training": ("work_rules", "traffic_safety", "disaster_prevention"),
                  "exchange_event": ("culture",),
                  "disaster_drill": ("disaster_prevention",)}
STAFF = ("clerk", "cir")
DEPARTMENTS = {"hospital": ("内科", "小児科", "産婦人科", "整形外科", "歯科", "眼科"),
               "town_hall": ("住民課", "税務課", "保険年金課", "子育て支援課"),
               "health_centre": ("母子保健係", "健康づくり係")}
INTERPRETERS = ("cir", "cir", "cir", "machine", "phone_service", "bridge_person", "none")
# Of the consultations whose topic has a published entry, about a fifth are marked as
# answered with one: mostly those an entry fits, a few with another entry of the topic.
KB_ANSWERED_FITTING, KB_ANSWERED_OTHER = 0.4, 0.05


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def make_demo(path: Path, *, residents: int = 300, years: int = 3, seed: int = 1,
              today: date | None = None, password: str = DEMO_PASSWORD,
              kdf: Kdf | None = None) -> dict[str, int]:
    """An encrypted demo town with two users, `admin` and `staff`, both with `password`."""
    from app.accounts import Users, create_database

    if residents < 1 or years < 1:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "A demo town needs at least one resident and one year."))
    if path.exists() and path.stat().st_size > 0:
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 already exists; the demo is only written to a new file."), path)
    if keyslots.key_path(path).exists():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "%1 already exists; the demo is only written to a new file."),
            keyslots.key_path(path))
    if not path.parent.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."),
                             path.parent)
    # Built under a temporary name and renamed when whole: an interrupted demo leaves no
    # half-made town (the database's appearance is the last step, after its key file's).
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".demo-part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    parts = [tmp, keyslots.key_path(tmp), *(tmp.with_name(tmp.name + s) for s in ("-wal",
                                                                                  "-shm"))]
    try:
        services, _recovery = create_database(tmp, "admin", password, kdf=kdf, demo=True)
        try:
            Users(services).add("staff", password, "staff")
            gen = _Generator(random.Random(seed), today or today_local(), residents, years,
                             seed=seed)
            with services.store.write() as conn:
                gen.write(conn)
            gen.stats.update(_write_knowledge(services, gen.today, random.Random(f"kb{seed}")))
        finally:
            services.close()  # the last connection: the WAL is folded in and removed
        for part in parts[:2]:
            with part.open("rb") as fh:
                os.fsync(fh.fileno())
        if path.exists() and path.stat().st_size > 0:  # made meanwhile by someone else
            raise MadoguchiError(QT_TRANSLATE_NOOP(
                "errors", "%1 already exists; the demo is only written to a new file."), path)
        os.replace(parts[1], keyslots.key_path(path))
        os.replace(tmp, path)
        return gen.stats
    finally:
        for part in parts:
            part.unlink(missing_ok=True)


def _write_knowledge(services: Services, today: date, rng: random.Random) -> dict[str, int]:
    """The knowledge base (app/kb_demo_data.py), and consultations of its topics marked as
    answered with an entry (one that fits the question, else one of the same topic)."""
    org_ids = {name: oid for oid, name, _kind in services.directory.organisations()}
    by_topic: dict[str, list[tuple[int, kb.KbDemoEntry]]] = {}
    for item in kb.ENTRIES:
        eid = services.knowledge.save(KbEntry(
            topic=item.topic, status=item.status, texts=[KbText(*t) for t in item.texts],
            organisation_ids=[org_ids[name] for name in item.organisations],
            documents=list(item.documents), reviewed_on=kb.reviewed_on(item, today),
            reviewed_by=kb.REVIEWER))
        if item.status == "published":
            by_topic.setdefault(item.topic, []).append((eid, item))
    answers: list[tuple[int, int]] = []
    for cid, asked, topics in services.store.query(
            "SELECT c.id, c.asked, group_concat(t.topic, ',') FROM consultations c "
            "JOIN consultation_topics t ON t.consultation_id = c.id GROUP BY c.id ORDER BY c.id"):
        candidates = [c for topic in topics.split(",") for c in by_topic.get(topic, [])]
        fitting = [eid for eid, item in candidates if kb.answers(item, asked)]
        share = KB_ANSWERED_FITTING if fitting else KB_ANSWERED_OTHER
        if candidates and rng.random() < share:
            answers.append((cid, rng.choice(fitting or [eid for eid, _item in candidates])))
    with services.store.write() as conn:
        conn.executemany("INSERT INTO consultation_answers VALUES (?, ?)", answers)
    return {"kb_entries": len(kb.ENTRIES), "kb_answers": len(answers)}


class _Generator:
    def __init__(self, rng: random.Random, today: date, residents: int, years: int, *,
                 seed: int = 0) -> None:
        self.rng = rng
        self.seed = seed
        self.today = today
        self.start = today - timedelta(days=365 * years)
        self.n_residents = residents
        self.years = years
        self.stats: dict[str, int] = {}
        self.uuid_rng = random.Random(rng.random())
        # Phone, birth date, residence card: drawn apart, so the rest of the town stays the
        # same as before these fields existed.
        self.detail_rng = random.Random(f"details{rng.random()}")
        self.latin_rng = random.Random(f"latin{seed}")
        self.people: list[tuple[int, str, str, date]] = []  # id, nationality, language, arrival
        self.names: dict[int, str] = {}  # resident id -> searchable name forms
        self.org_ids: dict[str, list[int]] = {}
        self.days = (today - self.start).days - 1  # up to yesterday: nothing in the future
        weights = [MONTH_WEIGHTS[(self.start + timedelta(days=i)).month]
                   for i in range(self.days + 1)]
        self.day_cum = list(itertools.accumulate(weights))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.uuid_rng.getrandbits(128), version=4))

    def stamp(self, when: datetime) -> tuple[str, str, str, str]:
        text = when.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        user = self.rng.choice(STAFF)
        return text, text, user, user

    def random_day(self, not_before: date) -> date:
        lo = max(0, (not_before - self.start).days)
        total = self.day_cum[-1]
        low_mass = self.day_cum[lo - 1] if lo > 0 else 0
        pick = self.rng.uniform(low_mass, total)
        return self.start + timedelta(days=min(bisect.bisect_left(self.day_cum, pick), self.days))

    def write(self, conn: Any) -> None:
        # imported here: only making a demo town needs the report and mail modules (and
        # with them the keyring)
        from app.reports import config
        from app.reports.build import MAIL_KEY
        from app.reports.config import ReportSettings
        from app.reports.mail import MailSettings

        report = ReportSettings(population=self.n_residents * 24 + 913,
                                foreign_residents=self.n_residents,
                                department="総務課 地域振興係")
        mail = MailSettings(to_address="kokusai@pref.hokucho.example.jp",
                            from_address="chiiki@town.misaki.example.jp",
                            smtp_host="smtp.town.misaki.example.jp", smtp_user="chiiki")
        conn.executemany("INSERT INTO settings VALUES (?, ?)",
                         [("town_name_ja", d.TOWN_NAME_JA), ("town_name_en", d.TOWN_NAME_EN),
                          ("demo", "1"), ("sender_name", "総務課 地域振興係"),
                          ("town_notes", TOWN_NOTES),
                          (config.KEY, jdump(asdict(report))),
                          (MAIL_KEY, jdump(asdict(mail)))])
        self.write_directory(conn)
        self.write_residents(conn)
        self.write_consultations(conn)
        self.write_accompaniments(conn)
        self.write_sessions(conn)

    def write_directory(self, conn: Any) -> None:
        made = utc_stamp()
        for oid, org in enumerate(d.ORGANISATIONS, start=1):
            conn.execute(
                "INSERT INTO organisations (id, uuid, name, kind, phone, address, languages, "
                "interpreter_available, notes, created_at, updated_at, created_by, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (oid, self.uuid(), org.name, org.kind, org.phone, org.address,
                 jdump(list(org.languages)), int(org.interpreter_available), org.notes,
                 made, made, DEMO_USER, DEMO_USER))
            self.org_ids.setdefault(org.kind, []).append(oid)
            search.index_directory_entry(conn, search.KIND_ORGANISATION, oid, org.name,
                                         org.address, org.phone, org.notes)
        for bid, person in enumerate(d.BRIDGE_PERSONS, start=1):
            conn.execute(
                "INSERT INTO bridge_persons (id, uuid, name, languages, phone, area, notes, "
                "created_at, updated_at, created_by, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (bid, self.uuid(), person.name, jdump(list(person.languages)), person.phone,
                 person.area, person.notes, made, made, DEMO_USER, DEMO_USER))
            search.index_directory_entry(conn, search.KIND_BRIDGE, bid, person.name,
                                         person.area, person.phone, person.notes)
        self.stats["organisations"] = len(d.ORGANISATIONS)
        self.stats["bridge_persons"] = len(d.BRIDGE_PERSONS)

    def card_details(self, expires: bool) -> tuple[str, str, str, str | None]:
        """Phone, date of birth, residence card number and its expiry; about one card in
        forty runs out within the next two months, so that renewal reminders show."""
        rng = self.detail_rng
        phone = f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        born = self.today - timedelta(days=rng.randint(18 * 365, 60 * 365))
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        card = (rng.choice(letters) + rng.choice(letters) + f"{rng.randrange(10**8):08d}"
                + rng.choice(letters) + rng.choice(letters))
        if not expires:
            return phone, born.isoformat(), card, None
        soon = rng.random() < 0.025
        expiry = self.today + timedelta(days=rng.randint(1, 60) if soon
                                        else rng.randint(61, 3 * 365))
        return phone, born.isoformat(), card, expiry.isoformat()

    def accompaniment_details(self, kind: str) -> tuple[str, str, str]:
        """Department, who went and which interpreter, drawn apart from the rest."""
        rng = self.detail_rng
        department = rng.choice(DEPARTMENTS.get(kind, ("",)))
        who = rng.choice(("国際交流員", "国際交流員", "担当職員"))
        interpreter = "cir" if who == "国際交流員" else rng.choice(("phone_service", "none"))
        return department, who, interpreter

    def latin_american(self) -> tuple[str, people.NamePart, people.NamePart, str, str]:
        """A Brazilian or Peruvian in place of the resident just drawn: from a random source
        of its own, so that every other resident, consultation and visit stays the same."""
        rng = self.latin_rng
        nat = _pick(rng, people.LATIN_AMERICAN_WEIGHTS)
        fam, giv = rng.choice(people.FAMILY_NAMES[nat]), rng.choice(people.GIVEN_NAMES[nat])
        status = _pick(rng, people.RESIDENCE_STATUS_WEIGHTS[nat])
        return nat, fam, giv, status, rng.choice(SNS_APPS[nat])

    def write_residents(self, conn: Any) -> None:
        rng = self.rng
        rows, index = [], []
        for rid in range(1, self.n_residents + 1):
            nat = _pick(rng, people.NATIONALITY_WEIGHTS)
            fam, giv = rng.choice(people.FAMILY_NAMES[nat]), rng.choice(people.GIVEN_NAMES[nat])
            status = _pick(rng, people.RESIDENCE_STATUS_WEIGHTS[nat])
            native = people.NATIVE_LANGUAGE[nat]
            langs = [native] + (["ja"] if rng.random() < 0.5 else []) + (
                ["en"] if rng.random() < 0.3 else [])
            arrival = self.start - timedelta(days=rng.randint(0, 1000)) \
                if rng.random() < 0.3 else self.random_day(self.start)
            arrival = min(arrival, self.today - timedelta(days=1))
            consent = min(arrival + timedelta(days=rng.randint(3, 60)), self.today)
            works = status in WORK_STATUSES
            number = rng.randint(1, 999)
            app = rng.choice(SNS_APPS[nat])
            stamp = self.stamp(datetime.combine(consent, datetime.min.time()))
            employer = rng.choice(d.EMPLOYERS) if works else ""
            district = rng.choice(d.DISTRICTS)
            method = rng.choice(("written", "written", "verbal", "electronic"))
            card = self.card_details(status != "permanent_resident")
            if self.latin_rng.random() < people.LATIN_AMERICAN_SHARE:
                nat, fam, giv, status, app = self.latin_american()
                native = langs[0] = people.LATIN_AMERICAN_LANGUAGE[nat]
                employer = employer if status in WORK_STATUSES else ""
                card = (*card[:3], None if status == "permanent_resident" else card[3])
            surname = fam.latin.split()[0] if nat in people.LATIN_AMERICAN_WEIGHTS else fam.latin
            handle = f"{giv.latin.split()[0].lower()}.{surname.lower()}{number}"
            sns = [{"app": app, "handle": handle}]
            if nat in ("MM",):  # Burmese names have no family name: keep it in one field
                family, given = "", fam.native + giv.native
            else:
                family, given = fam.native, giv.native
            rows.append((rid, self.uuid(), family, given, fam.latin, giv.latin,
                         people.kana_full_name(fam, giv), nat, jdump(langs), status,
                         employer, district, jdump(sns), arrival.isoformat(),
                         consent.isoformat(), method, "", *card, *stamp))
            # Indexed exactly as a save indexes it (app/search.py), in bulk.
            search_text = search.name_forms(family, given, fam.latin, giv.latin,
                                            people.kana_full_name(fam, giv))
            index.append((rid * 4, search.body(search_text, rows[-1][10], rows[-1][11],
                                               jdump(sns), "")))
            self.people.append((rid, nat, native, arrival))
            self.names[rid] = search_text
        conn.executemany(
            "INSERT INTO residents (id, uuid, family_name, given_name, family_name_latin, "
            "given_name_latin, kana, nationality, languages, residence_status, employer, "
            "district, sns, arrival_date, consent_date, consent_method, notes, phone, "
            "birth_date, card_number, card_expiry, created_at, updated_at, created_by, "
            "updated_by) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO search_people (rowid, body) VALUES (?, ?)", index)
        links = []
        for a, b in zip(self.people[::10], self.people[1::10], strict=False):
            if a[1] == b[1]:
                links.append((a[0], b[0], "spouse"))
        conn.executemany("INSERT INTO resident_links VALUES (?, ?, ?)", links)
        self.stats["residents"] = len(rows)

    def write_consultations(self, conn: Any) -> None:
        rng = self.rng
        total = int(self.n_residents * self.years * CONSULTATIONS_PER_RESIDENT_YEAR)
        events = []
        for _ in range(total):
            if rng.random() < 0.1:
                nat = _pick(rng, people.NATIONALITY_WEIGHTS)
                person = None
                day = self.random_day(self.start)
                lang = people.NATIVE_LANGUAGE[nat]
            else:
                person = rng.choice(self.people)
                nat, lang = person[1], person[2]
                day = self.random_day(max(person[3], self.start))
            events.append((day, person, nat, lang))
        events.sort(key=lambda e: e[0])
        rows: list[tuple[Any, ...]] = []
        topic_rows: list[tuple[int, str]] = []
        index: list[tuple[int, str]] = []
        recent = self.today - timedelta(days=45)
        for cid, (day, person, nat, lang) in enumerate(events, start=1):
            channel = _pick(rng, CHANNELS)
            if channel in ("desk", "phone", "visit", "fair"):
                minute = rng.randint(8 * 60 + 30, 17 * 60)
            else:
                minute = rng.randint(7 * 60, 22 * 60)
            when = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
            used = "ja" if rng.random() < 0.15 else ("en" if rng.random() < 0.05 else lang)
            topics = sorted({_pick(rng, d.TOPIC_WEIGHTS) for _ in range(rng.choice((1, 1, 1, 2,
                                                                                   2, 3)))})
            asked = rng.choice(d.ASKED[topics[0]])
            done = rng.choice(d.DONE[topics[0]])
            if day < recent:
                status = "closed" if rng.random() < 0.995 else "referred"
                follow = None
            else:
                status = rng.choice(("open", "waiting", "referred", "closed", "closed", "closed"))
                follow = max(day + timedelta(days=3),
                             self.today + timedelta(days=rng.randint(-4, 21))).isoformat() \
                    if status != "closed" and rng.random() < 0.6 else None
            referral = None
            org_kind = REFERRAL_ORG.get(topics[0])
            if org_kind and rng.random() < 0.25 and self.org_ids.get(org_kind):
                referral = rng.choice(self.org_ids[org_kind])
            rid = person[0] if person else None
            rows.append((cid, self.uuid(), when.strftime("%Y-%m-%dT%H:%M"),
                         rng.choice((5, 10, 10, 15, 15, 20, 30, 30, 45, 60, 90)), rid,
                         None if rid else nat, used, channel,
                         rng.choice(SNS_APPS[nat]) if channel == "sns" else None,
                         "none" if used == "ja" else rng.choice(INTERPRETERS),
                         asked, done, referral, status, follow, *self.stamp(when)))
            topic_rows.extend((cid, t) for t in topics)
            names = self.names[rid] if rid else ""
            index.append((cid, search.body(names, asked, done)))
        conn.executemany(
            "INSERT INTO consultations (id, uuid, occurred_at, minutes, resident_id, "
            "nationality, language, channel, sns_app, interpreter, asked, done, "
            "referral_org_id, status, follow_up_date, created_at, updated_at, created_by, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO consultation_topics VALUES (?, ?)", topic_rows)
        conn.executemany("INSERT INTO search_records (rowid, body) VALUES (?, ?)", index)
        self.stats["consultations"] = len(rows)

    def write_accompaniments(self, conn: Any) -> None:
        rng = self.rng
        total = int(self.n_residents * self.years * ACCOMPANIMENTS_PER_RESIDENT_YEAR)
        events = []
        for _ in range(total):
            person = rng.choice(self.people)
            events.append((self.random_day(max(person[3], self.start)), person[0]))
        events.sort()
        rows = []
        for aid, (day, rid) in enumerate(events, start=1):
            kind = _pick(rng, DESTINATIONS)
            orgs = self.org_ids.get(DESTINATION_ORG.get(kind, ""), [])
            org = rng.choice(orgs) if orgs else None
            facility = d.ORGANISATIONS[org - 1].name if org else ""
            out = rng.randint(8 * 4, 14 * 4) * 15
            back = out + rng.randint(4, 20) * 15
            km = round(rng.uniform(2, 60), 1)
            when = datetime.combine(day, datetime.min.time()) + timedelta(minutes=back)
            rows.append((aid, self.uuid(), day.isoformat(), f"{out // 60:02d}:{out % 60:02d}",
                         f"{back // 60:02d}:{back % 60:02d}", rid, kind, org, facility,
                         rng.choice(d.ACCOMPANIMENT_PURPOSES[kind]),
                         rng.choice(d.ACCOMPANIMENT_OUTCOMES),
                         rng.choice(d.HEALTH_DETAILS) if kind == "hospital" else "",
                         km, int(round(km * 2 * 37, -1)), *self.accompaniment_details(kind),
                         *self.stamp(when)))
        conn.executemany(
            "INSERT INTO accompaniments (id, uuid, date, time_out, time_back, resident_id, "
            "destination_kind, organisation_id, facility, purpose, outcome, health_details, "
            "distance_km, transport_cost, department, accompanied_by, interpreter, created_at, "
            "updated_at, created_by, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self.stats["accompaniments"] = len(rows)

    def write_sessions(self, conn: Any) -> None:
        rng = self.rng
        rows: list[tuple[Any, ...]] = []
        topics: list[tuple[int, str]] = []
        attendees: list[tuple[int, int]] = []
        heads: list[tuple[int, str, int]] = []
        sid = 0
        for kind, per_year in SESSIONS_PER_YEAR.items():
            for _ in range(per_year * self.years):
                sid += 1
                day = self.random_day(self.start)
                online = kind == "japanese_class" and rng.random() < 0.3
                venue = "" if online else rng.choice(d.VENUES)
                langs = sorted({"ja", *rng.sample(sorted(people.NATIVE_LANGUAGE.values()), 2)})
                start = f"{rng.choice((10, 13, 14, 18, 19))}:00"
                when = datetime.combine(day, datetime.min.time())
                rows.append((sid, self.uuid(), day.isoformat(), start, kind,
                             rng.choice(d.SESSION_TITLES[kind]), jdump(langs), venue,
                             int(online), rng.choice(("CIR", "担当職員", "国際交流協会 講師")),
                             "", *self.stamp(when)))
                topics.extend((sid, t) for t in rng.sample(
                    SESSION_TOPICS[kind], min(2, len(SESSION_TOPICS[kind]))))
                present = [p for p in self.people if p[3] <= day]
                for p in rng.sample(present, min(len(present), rng.randint(2, 12))):
                    attendees.append((sid, p[0]))
                for nat in rng.sample(sorted(people.NATIONALITY_WEIGHTS), rng.randint(0, 3)):
                    heads.append((sid, nat, rng.randint(1, 8)))
        conn.executemany(
            "INSERT INTO sessions (id, uuid, date, start_time, kind, title, languages, venue, "
            "online, facilitator, notes, created_at, updated_at, created_by, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO session_topics VALUES (?, ?)", topics)
        conn.executemany("INSERT INTO session_attendees VALUES (?, ?)", attendees)
        conn.executemany("INSERT INTO session_headcounts VALUES (?, ?, ?)", heads)
        self.stats["sessions"] = len(rows)


# -- what a check of an installation (`madoguchi --selftest`) looks at in a demo town

SAMPLE_TABLES = ("residents", "consultations", "accompaniments", "sessions", "organisations")


def first_ids(store: Store) -> dict[str, int | None]:
    """The first record of each kind, by table (None for an empty table)."""
    found: dict[str, int | None] = {}
    for table in SAMPLE_TABLES:
        row = store.query_one(f"SELECT min(id) FROM {table}")
        found[table] = int(row[0]) if row and row[0] is not None else None
    return found


def busiest(store: Store, period: str) -> str | None:
    """The month ('YYYY-MM', period 'month') or fiscal year ('2026', period 'fiscal_year')
    with the most consultations: a period that makes a full report."""
    if period not in ("month", "fiscal_year"):
        raise ValueError(period)
    row = store.query_one(f"SELECT {period}, count(*) FROM consultations "
                          "GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1")
    return str(row[0]) if row and row[1] else None
