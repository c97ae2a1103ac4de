"""Domain rules that several queries share, written once: what an open case is, how many
came to a session, which follow-ups are due, whose nationality an anonymous record has.

SQL fragments take the table's alias, so each query keeps its own joins; they stay plain
column comparisons so that the indexes serve them (tests/test_query_plans.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# A consultation's status; every one but 'closed' is an open case (継続中).
STATUSES = ("open", "referred", "waiting", "closed")
CLOSED = "closed"
OPEN_STATUSES = tuple(s for s in STATUSES if s != CLOSED)


def open_case(alias: str = "c") -> str:
    """An open case. The statuses are listed (not `<> 'closed'`) so that the
    (status, occurred_at) index serves it: `status <> 'closed'` read the whole history
    (188 ms at 10 years, 519 ms at 30)."""
    listed = ", ".join(f"'{s}'" for s in OPEN_STATUSES)
    return f"{alias}.status IN ({listed})"


def not_closed(alias: str = "c") -> str:
    """The same rule as `open_case`, for a query that an index on another column narrows
    first (the status is then checked row by row; listing the statuses would make the
    planner pick the status index instead)."""
    return f"{alias}.status <> '{CLOSED}'"


def follow_up_due(alias: str = "c") -> str:
    """An open case whose follow-up date has come, by the date bound as the one '?'
    (served by the partial follow-up index)."""
    return (f"{alias}.follow_up_date IS NOT NULL AND {alias}.follow_up_date <= ? "
            f"AND {not_closed(alias)}")


def attendance(alias: str = "s") -> str:
    """How many came to a session: the residents linked as attendees and the head counts
    of those who are not."""
    return (f"(SELECT count(*) FROM session_attendees x WHERE x.session_id = {alias}.id) + "
            f"(SELECT coalesce(sum(count), 0) FROM session_headcounts h "
            f"WHERE h.session_id = {alias}.id)")


def attendance_of(attendee_ids: Iterable[int], headcounts: Mapping[str, int]) -> int:
    """The same rule for a session in memory."""
    return len(list(attendee_ids)) + sum(headcounts.values())


def topics_of(alias: str = "c") -> str:
    """A consultation's topics as one text, 'a,b' (in code order: the key's order)."""
    return ("(SELECT group_concat(topic, ',') FROM consultation_topics t "
            f"WHERE t.consultation_id = {alias}.id)")


def consultation_nationality(consultation: str = "c", resident: str = "r") -> str:
    """An anonymous consultation holds its own nationality; otherwise the resident's record
    does (the consultation's is cleared on save)."""
    return f"coalesce({consultation}.nationality, {resident}.nationality)"


def person_name(resident: str = "r") -> str:
    """The native-script name of a LEFT JOINed resident ('' for an anonymous record)."""
    return (f"CASE WHEN {resident}.id IS NULL THEN '' "
            f"ELSE trim({resident}.family_name || ' ' || {resident}.given_name) END")


def person_latin(resident: str = "r") -> str:
    return (f"trim(coalesce({resident}.family_name_latin, '') || ' ' || "
            f"coalesce({resident}.given_name_latin, ''))")


def first_line(expr: str, width: int = 120) -> str:
    """The first line of a text, cut to `width` characters (a list shows one line)."""
    return (f"substr(CASE WHEN instr({expr}, char(10)) > 0 "
            f"THEN substr({expr}, 1, instr({expr}, char(10)) - 1) ELSE {expr} END, 1, {width})")
