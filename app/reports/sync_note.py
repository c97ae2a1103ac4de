"""The line a report carries while sync conflicts are open (issue 13): the report counts
each record as it stands on this device, and says how many records the devices still
disagree on, so that a figure that may change after the conflicts are resolved is not
taken as final. A count only: which records, and their values, stay out of the report."""

from __future__ import annotations

from app.reports.model import Paragraph
from app.store import Store


def conflicts_line(store: Store) -> Paragraph | None:
    """「端末間の同期で未解決の競合が N 件あります。…」, or None when there are none."""
    from app.sync.conflicts import open_count

    count = open_count(store)
    if count == 0:
        return None
    return Paragraph(f"端末間の同期で未解決の競合が {count} 件あります。"
                     "この報告はこの端末の記録で数えています。")
