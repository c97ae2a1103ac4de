"""Towns for the roll-up tests: real SQLCipher files with known records, and their annual
data files made the way a town makes them (build.make_annual with the data format)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from conftest import FAST_KDF, PASSWORD

from app import accounts
from app.records import Accompaniment, Consultation, Resident, Session
from app.reports import build, config
from app.services import Services

FY = 2025
CODES = ("131016", "011002", "271004", "141003", "010006", "471011")


def new_town(folder: Path, name: str, code: str, *, counts: str = "exact",
             threshold: int = 5) -> Services:
    folder.mkdir(parents=True, exist_ok=True)
    services, _ = accounts.create_database(folder / "town.db", "tester", PASSWORD,
                                           kdf=FAST_KDF)
    services.store.set_setting("town_name_ja", name)
    config.save(services.store, config.ReportSettings(
        threshold=threshold, municipality_code=code, data_counts=counts))
    return services


Record = tuple[str, Any]   # ("c", (month, nationality, topics, language)) etc.


def add_records(services: Services, records: list[Record]) -> None:
    people: dict[str, int] = {}

    def person(nat: str) -> int:
        if nat not in people:
            people[nat] = services.residents.save(Resident(nationality=nat, given_name="A",
                                                           residence_status="student"))
        return people[nat]

    for kind, data in records:
        if kind == "c":
            day, nat, topics, language, anonymous = data
            services.consultations.save(Consultation(
                occurred_at=f"{day}T10:00", language=language, channel="desk", topics=topics,
                resident_id=None if anonymous else person(nat),
                nationality=nat if anonymous else None))
        elif kind == "a":
            day, nat, destination = data
            services.accompaniments.save(Accompaniment(
                date=day, destination_kind=destination, resident_id=person(nat),
                time_out="09:00", time_back="10:00"))
        else:
            day, session_kind, heads = data
            services.sessions.save(Session(date=day, kind=session_kind, headcounts=heads))


def data_file(services: Services, out: Path, cut_off: date | None = None) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    written = build.make_annual(services.store, services.codes, FY, out, ["data"],
                                cut_off=cut_off)
    assert len(written) == 1 and written[0].suffix == ".json"
    return written[0]


def edit(path: Path, change: Any, target: Path | None = None) -> Path:
    """A copy of the file (or the file itself) changed by `change(data)`, as a person with a
    text editor would."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    target = target or path
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return target
