"""What the Today page shows, read in one query: follow-ups overdue and due, residence
cards whose period of stay ends soon, the newest open consultations with their total, and
whether the town has no records yet. Each part is served by its own index."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta

from app import rules
from app.records import Resident
from app.services import CARD_REMINDER_DAYS, DueItem, ExpiringCard, Services

OPEN_SHOWN = 200

# One statement, one row per item, tagged by the part it belongs to; the names come from
# one join to residents. The open-case rule is app/rules.py's.
TODAY_SQL = f"""
WITH due AS (
    SELECT 'due' AS part, c.id AS id, c.follow_up_date AS day, c.occurred_at AS at,
           c.resident_id AS rid, c.nationality AS nat, c.status AS status, c.asked AS asked
    FROM consultations c
    WHERE c.follow_up_date IS NOT NULL AND c.follow_up_date <= :today
      AND {rules.not_closed('c')}
), open AS (
    SELECT 'open', c.id, c.follow_up_date, c.occurred_at, c.resident_id, c.nationality,
           c.status, c.asked
    FROM consultations c
    WHERE {rules.open_case('c')}
    ORDER BY c.occurred_at DESC LIMIT :shown
), cards AS (
    SELECT 'card', r.id, r.card_expiry, NULL, r.id, NULL, r.residence_status, NULL
    FROM residents r
    WHERE r.card_expiry IS NOT NULL AND r.card_expiry <= :until AND r.card_expiry >= :since
), items AS (
    SELECT * FROM due UNION ALL SELECT * FROM open UNION ALL SELECT * FROM cards
)
SELECT i.part, i.id, i.day, i.at, i.rid, i.nat, i.status, i.asked,
       p.family_name, p.given_name, p.family_name_latin, p.given_name_latin,
       CASE i.part WHEN 'open' THEN NULL ELSE i.day END AS first_key,
       CASE i.part WHEN 'open' THEN i.at END AS newest_key
FROM items i LEFT JOIN residents p ON p.id = i.rid
UNION ALL
SELECT 'total', (SELECT count(*) FROM consultations c WHERE {rules.open_case('c')}),
       NOT EXISTS (SELECT 1 FROM residents) AND NOT EXISTS (SELECT 1 FROM consultations),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
ORDER BY 1, 13, 14 DESC, 2  -- part, first_key, newest_key, id
"""


@dataclass(frozen=True)
class TodayView:
    overdue: list[DueItem]
    due: list[DueItem]
    cards: list[ExpiringCard]
    open: list[DueItem]
    open_total: int
    new_town: bool


def load(services: Services, day: date, *, card_days: int = CARD_REMINDER_DAYS,
         shown: int = OPEN_SHOWN) -> TodayView:
    today = day.isoformat()
    rows = services.store.query(TODAY_SQL, {
        "today": today, "shown": shown,
        "until": (day + timedelta(days=card_days)).isoformat(),
        "since": (day - timedelta(days=card_days)).isoformat()})
    follow: list[DueItem] = []
    opened: list[DueItem] = []
    cards: list[ExpiringCard] = []
    total, new_town = 0, False
    names: dict[int, str] = {}
    for part, item_id, day_, at, rid, nat, status, asked, fam, giv, fam_l, giv_l, *_ in rows:
        if part == "total":
            total, new_town = int(item_id), bool(day_)
            continue
        if rid is None:
            name = ""
        elif rid in names:
            name = names[rid]
        else:
            name = names[rid] = Resident(family_name=fam, given_name=giv,
                                         family_name_latin=fam_l,
                                         given_name_latin=giv_l).display_name()
        if part == "card":
            cards.append(ExpiringCard(item_id, name, day_, status))
            continue
        (follow if part == "due" else opened).append(DueItem(
            item_id, day_ or None, at.replace("T", " "), name, status, asked,
            (nat or "") if rid is None else ""))
    return TodayView(overdue=[i for i in follow if (i.follow_up_date or "") < today],
                     due=[i for i in follow if i.follow_up_date == today],
                     cards=cards, open=opened, open_total=total, new_town=new_town)


class Ahead:
    """Today's view read on a thread of its own while the window is being built (one
    statement, ≈ 7-10 ms at 10 years on a cold connection, most of it decrypting pages; the
    window's construction takes about as long: Enter → window drawn 96 → 87 ms, medians of
    8). Taken once, and only if it is for the same day and nothing was written through this
    connection meanwhile; otherwise the page reads it itself, as without it."""

    def __init__(self, services: Services, day: date) -> None:
        self.day = day
        self.services = services
        self.changes = self._changes()
        self.view: TodayView | None = None
        self.thread = threading.Thread(target=self._run, name="madoguchi-today",
                                       daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.view = load(self.services, self.day)
        except Exception:  # noqa: BLE001 (the page reads it again and shows any error)
            self.view = None

    def take(self, day: date) -> TodayView | None:
        self.thread.join()
        if day != self.day or self._changes() != self.changes:
            return None
        return self.view

    def _changes(self) -> int:
        """Rows written through the connection since it opened (other threads may be
        reading it: Store.reading)."""
        with self.services.store.reading() as conn:
            return int(conn.raw.total_changes())

