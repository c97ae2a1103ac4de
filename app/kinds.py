"""Every record kind, defined once: its fields (type, required, code list, sensitivity,
whether a purge blanks it, its name in the export file), its search text and its list
columns. Validation (app/validation.py), the save and load column lists of the kinds'
modules, the import's field table (app/exchange.py), the lists (app/listing.py and the
window's list headers), search (app/search.py) and retention (app/retention.py) read these.
List headers are English source strings; ui/list_headers.py marks them for translation.

Adding a field to a kind is one Field here plus one migration adding the column.
Sensitive fields (要配慮個人情報) are also rows of the `sensitive_fields` table, which is
what the code reads at run time (app/sensitive.py); a test keeps the two in step.
"""

from __future__ import annotations

from app import rules
from app.fields import (
    BOOL,
    CHILD_CODES,
    CHILD_REFS,
    CODE,
    CODES,
    CONTACTS,
    COUNTS,
    DATE,
    DATETIME,
    INT,
    LABELS,
    LINKS,
    REAL,
    REF,
    STRINGS,
    TEXT,
    TEXTS,
    TIME,
    Field,
    Kind,
    ListColumn,
)
from app.marks import QT_TRANSLATE_NOOP

NEED_TOPIC = QT_TRANSLATE_NOOP("validation", "Choose at least one topic.")
# A resident's name, in every form a person is searched and purged by.
RESIDENT_NAMES = ("family_name", "given_name", "family_name_latin", "given_name_latin", "kana")

RESIDENT = Kind(
    name="resident", table="residents", record_type="app.records:Resident", alias="r",
    list_context="ResidentsPage",
    fields=(
        Field("family_name", TEXT, strip=True, personal=True),
        Field("given_name", TEXT, strip=True, personal=True),
        Field("family_name_latin", TEXT, strip=True, personal=True),
        Field("given_name_latin", TEXT, strip=True, personal=True),
        Field("kana", TEXT, strip=True, personal=True, check="katakana"),
        Field("nationality", CODE, required=True, code_list="nationality",
              list_label="Nationality"),
        Field("languages", CODES, code_list="language"),
        Field("residence_status", CODE, code_list="residence_status",
              list_label="Residence status"),
        Field("employer", TEXT, personal=True,
              list_label="Employer or host"),
        Field("district", TEXT, personal=True,
              list_label="District"),
        Field("sns", CONTACTS, code_list="sns_app", personal=True),
        Field("arrival_date", DATE, not_future=True, personal=True,
              list_label="Arrived"),
        Field("consent_date", DATE, not_future=True, personal=True),
        Field("consent_method", CODE, code_list="consent_method", personal=True),
        Field("notes", TEXT, personal=True),
        Field("phone", TEXT, personal=True),
        Field("birth_date", DATE, not_future=True, personal=True),
        Field("card_number", TEXT, check="card_number", personal=True),  # 在留カード番号
        Field("card_expiry", DATE, personal=True,  # 在留期間満了日
              list_label="Stay ends"),
        Field("links", LINKS, code_list="relation"),
    ),
    search_text=(*RESIDENT_NAMES, "employer", "district", "sns", "notes"),
    list_order=("name", "latin", "kana", "nationality", "residence_status", "card_expiry",
                "card_number", "district", "employer", "arrival_date"),
    derived=(
        ListColumn("name", "Name",
                   "trim({a}.family_name || ' ' || {a}.given_name)", names=True),
        ListColumn("latin", "Name (Latin)",
                   "trim({a}.family_name_latin || ' ' || {a}.given_name_latin)", names=True),
        ListColumn("kana", "Reading", "{a}.kana",
                   names=True),
        ListColumn("card_number", "Card number",
                   "{a}.card_number", sortable=False, shown="masked"),
    ),
)

CONSULTATION = Kind(
    name="consultation", table="consultations", record_type="app.records:Consultation",
    alias="c", list_context="ConsultationsPage",
    fields=(
        Field("occurred_at", DATETIME, required=True),
        Field("minutes", INT, bounds=(0, 24 * 60), shown="number",
              list_label="Minutes"),
        Field("resident_id", REF, ref="residents", export="resident_uuid"),
        Field("nationality", CODE, code_list="nationality"),  # of an anonymous person
        Field("language", CODE, required=True, code_list="language",
              list_label="Language"),
        Field("channel", CODE, required=True, code_list="channel",
              list_label="Channel"),
        Field("sns_app", CODE, code_list="sns_app"),
        Field("interpreter", CODE, required=True, code_list="interpreter", file_default=True),
        Field("topics", CHILD_CODES, required=True, code_list="topic", missing=NEED_TOPIC),
        Field("asked", TEXT, personal=True),
        Field("done", TEXT, personal=True),
        Field("referral_org_id", REF, ref="organisations", export="referral_organisation_uuid"),
        Field("status", CODE, required=True, choices=rules.STATUSES,
              list_label="Status"),
        Field("follow_up_date", DATE,
              list_label="Follow-up"),
    ),
    search_text=("asked", "done"),  # after the resident's names (app/search.py)
    day="substr({a}.occurred_at, 1, 10)",
    list_order=("occurred_at", "person", "person_latin", "asked", "nationality", "language",
                "channel", "topics", "status", "follow_up_date", "minutes"),
    derived=(
        ListColumn("occurred_at", "Date and time",
                   "replace({a}.occurred_at, 'T', ' ')", sort="{a}.occurred_at",
                   shown="datetime"),
        ListColumn("person", "Resident",
                   rules.person_name()),
        ListColumn("person_latin", "Name (Latin)",
                   rules.person_latin()),
        ListColumn("asked", "What was asked",
                   rules.first_line("{a}.asked"), sortable=False),
        ListColumn("nationality", "Nationality",
                   rules.consultation_nationality(), "nationality"),
        ListColumn("topics", "Topics",
                   rules.topics_of("{a}"), "topic", sortable=False),
    ),
)

ACCOMPANIMENT = Kind(
    name="accompaniment", table="accompaniments", record_type="app.records:Accompaniment",
    alias="a", list_context="AccompanimentsPage",
    fields=(
        Field("date", DATE, required=True,
              list_label="Date"),
        Field("time_out", TIME, list_label="Out"),
        Field("time_back", TIME, list_label="Back"),
        Field("resident_id", REF, required=True, ref="residents", export="resident_uuid"),
        Field("consultation_id", REF, ref="consultations", export="consultation_uuid"),
        Field("destination_kind", CODE, required=True, code_list="destination_kind",
              list_label="Destination"),
        Field("organisation_id", REF, ref="organisations", export="organisation_uuid"),
        Field("facility", TEXT, personal=True,
              list_label="Facility"),
        Field("purpose", TEXT, personal=True),
        Field("outcome", TEXT, personal=True),
        Field("health_details", TEXT, sensitive=True),  # 要配慮個人情報
        Field("distance_km", REAL, bounds=(0, 5000)),
        Field("transport_cost", INT, bounds=(0, 10_000_000), shown="number",
              list_label="Transport (yen)"),
        Field("follow_up_date", DATE),
        Field("department", TEXT,  # 診療科・課
              list_label="Department"),
        Field("accompanied_by", TEXT),
        Field("interpreter", CODE, code_list="interpreter"),
    ),
    day="{a}.date",
    list_order=("date", "time_out", "time_back", "person", "person_latin",
                "destination_kind", "facility", "department", "transport_cost"),
    derived=(
        ListColumn("person", "Resident",
                   rules.person_name()),
        ListColumn("person_latin", "Name (Latin)",
                   rules.person_latin()),
    ),
)

SESSION = Kind(
    name="session", table="sessions", record_type="app.records:Session", alias="s",
    list_context="SessionsPage",
    fields=(
        Field("date", DATE, required=True, list_label="Date"),
        Field("start_time", TIME),
        Field("kind", CODE, required=True, code_list="session_kind",
              list_label="Kind"),
        Field("title", TEXT, list_label="Title"),
        Field("topics", CHILD_CODES, code_list="session_topic"),
        Field("languages", CODES, code_list="language"),
        Field("venue", TEXT, list_label="Venue"),
        Field("online", BOOL, list_label="Online"),
        Field("facilitator", TEXT,
              list_label="Facilitator"),
        Field("notes", TEXT),
        Field("attendee_ids", CHILD_REFS, ref="residents", export="attendee_uuids"),
        Field("headcounts", COUNTS, code_list="nationality"),
    ),
    list_order=("date", "kind", "title", "venue", "online", "attendance", "facilitator"),
    derived=(
        ListColumn("attendance", "Attendance",
                   rules.attendance("{a}")),
    ),
)

ORGANISATION = Kind(
    name="organisation", table="organisations", record_type="app.records:Organisation",
    alias="o", list_context="OrganisationsList",
    fields=(
        Field("name", TEXT, required=True),
        Field("kind", CODE, required=True, code_list="org_kind",
              list_label="Kind"),
        Field("phone", TEXT, list_label="Phone"),
        Field("email", TEXT, check="email"),
        Field("address", TEXT, list_label="Address"),
        Field("languages", CODES, code_list="language",
              list_label="Languages"),
        Field("interpreter_available", BOOL),
        Field("notes", TEXT),
    ),
    search_text=("name", "address", "phone", "notes"),
    list_order=("name", "kind", "phone", "interpreter", "languages", "address"),
    derived=(
        ListColumn("name", "Name", "{a}.name",
                   names=True),
        ListColumn("interpreter", "Interpreter",
                   "{a}.interpreter_available", shown="check"),
    ),
)

BRIDGE_PERSON = Kind(
    name="bridge_person", table="bridge_persons", record_type="app.records:BridgePerson",
    alias="b", list_context="BridgePersonsList",
    fields=(
        Field("name", TEXT, required=True),
        Field("languages", CODES, code_list="language",
              list_label="Languages"),
        Field("phone", TEXT, list_label="Phone"),
        Field("email", TEXT, check="email"),
        Field("sns", CONTACTS, code_list="sns_app"),
        Field("area", TEXT, list_label="Area"),
        Field("notes", TEXT),
    ),
    search_text=("name", "area", "phone", "notes"),
    list_order=("name", "languages", "phone", "area"),
    derived=(
        ListColumn("name", "Name", "{a}.name",
                   names=True),
    ),
)

KB_ENTRY = Kind(
    name="kb_entry", table="kb_entries", record_type="app.knowledge:KbEntry", alias="e",
    fields=(
        Field("topic", CODE, required=True, code_list="topic"),
        Field("status", CODE, required=True, choices=("draft", "published")),
        Field("documents", STRINGS),
        Field("reviewed_on", DATE),
        Field("reviewed_by", TEXT),
        Field("source_town", TEXT),
        Field("texts", TEXTS, required=True, code_list="language"),
        Field("organisation_ids", CHILD_REFS, ref="organisations", export="organisation_uuids"),
    ),
)

# The code lists (code_items.list).
CODE_LISTS = (
    "topic", "channel", "sns_app", "destination_kind", "session_kind", "session_topic",
    "residence_status", "nationality", "language", "org_kind", "consent_method", "relation",
    "interpreter",
)
CODE_LETTERS = QT_TRANSLATE_NOOP("validation", "Use letters, digits and underscores only.")

CODE_ITEM = Kind(
    name="code_item", table="code_items", record_type="app.codes:CodeItem", keyed=False,
    sync_columns=("version", "device_id"),   # db/migrations/0017, app/sync/code_items.py
    fields=(
        Field("list", CODE, required=True, choices=CODE_LISTS,
              invalid=QT_TRANSLATE_NOOP("validation", "Unknown code list.")),
        Field("code", TEXT, required=True, check="code", missing=CODE_LETTERS,
              invalid=CODE_LETTERS),
        Field("label_ja", TEXT, required=True, strip=True),
        Field("label_en", TEXT, required=True, strip=True),
        Field("sort_order", INT),
        Field("active", BOOL),
        Field("labels", LABELS),
    ),
)

# In the order the export file holds them (a record refers only to kinds before it).
EXPORTED = (ORGANISATION, BRIDGE_PERSON, RESIDENT, CONSULTATION, ACCOMPANIMENT, SESSION)
ALL = (*EXPORTED, KB_ENTRY, CODE_ITEM)
BY_NAME = {k.name: k for k in ALL}
BY_TABLE = {k.table: k for k in ALL}


def of_table(table: str) -> Kind:
    return BY_TABLE[table]


def about_residents() -> tuple[Kind, ...]:
    """The kinds whose records are about one resident (a `resident_id` column): a resident
    with such records is not deleted, and a purge blanks them too."""
    return tuple(k for k in BY_NAME.values() if k is not RESIDENT and k.keyed
                 and "resident_id" in k.columns)
