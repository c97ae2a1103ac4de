"""The record kinds, as plain data. Dates are Japan-local ISO strings; codes, not labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.rules import attendance_of


@dataclass
class SnsContact:
    app: str
    handle: str


@dataclass
class HouseholdLink:
    related_id: int
    relation: str


@dataclass
class Resident:
    nationality: str = ""
    family_name: str = ""
    given_name: str = ""
    family_name_latin: str = ""
    given_name_latin: str = ""
    kana: str = ""
    languages: list[str] = field(default_factory=list)
    residence_status: str | None = None
    employer: str = ""
    district: str = ""
    sns: list[SnsContact] = field(default_factory=list)
    arrival_date: str | None = None
    consent_date: str | None = None
    consent_method: str | None = None
    notes: str = ""
    phone: str = ""
    birth_date: str | None = None
    card_number: str = ""  # 在留カード番号
    card_expiry: str | None = None  # 在留期間満了日
    links: list[HouseholdLink] = field(default_factory=list)
    id: int | None = None
    uuid: str = ""

    def display_name(self) -> str:
        native = " ".join(p for p in (self.family_name, self.given_name) if p)
        latin = " ".join(p for p in (self.family_name_latin, self.given_name_latin) if p)
        if native and latin and native != latin:
            return f"{native} ({latin})"
        return native or latin


@dataclass
class Consultation:
    occurred_at: str = ""  # 'YYYY-MM-DDTHH:MM', Japan local
    language: str = ""
    channel: str = ""
    topics: list[str] = field(default_factory=list)
    status: str = "open"
    minutes: int = 0
    resident_id: int | None = None
    nationality: str | None = None  # for anonymous consultations
    sns_app: str | None = None
    interpreter: str = "none"
    asked: str = ""
    done: str = ""
    referral_org_id: int | None = None
    follow_up_date: str | None = None
    id: int | None = None
    uuid: str = ""


@dataclass
class Accompaniment:
    date: str = ""
    destination_kind: str = ""
    resident_id: int | None = None
    time_out: str | None = None
    time_back: str | None = None
    consultation_id: int | None = None
    organisation_id: int | None = None
    facility: str = ""
    purpose: str = ""
    outcome: str = ""
    health_details: str = ""  # sensitive (要配慮個人情報)
    distance_km: float = 0.0
    transport_cost: int = 0
    follow_up_date: str | None = None
    department: str = ""  # 診療科・課
    accompanied_by: str = ""  # who went with them
    interpreter: str | None = None  # code list 'interpreter'
    id: int | None = None
    uuid: str = ""


@dataclass
class Session:
    date: str = ""
    kind: str = ""
    start_time: str | None = None
    title: str = ""
    topics: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    venue: str = ""
    online: bool = False
    facilitator: str = ""
    notes: str = ""
    attendee_ids: list[int] = field(default_factory=list)
    headcounts: dict[str, int] = field(default_factory=dict)
    id: int | None = None
    uuid: str = ""

    def attendance(self) -> int:
        return attendance_of(self.attendee_ids, self.headcounts)


@dataclass
class Organisation:
    name: str = ""
    kind: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    languages: list[str] = field(default_factory=list)
    interpreter_available: bool = False
    notes: str = ""
    id: int | None = None
    uuid: str = ""


@dataclass
class BridgePerson:
    name: str = ""
    languages: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    sns: list[SnsContact] = field(default_factory=list)
    area: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = ""
