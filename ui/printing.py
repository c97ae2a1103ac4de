"""Printing on paper, with a preview first: a record, a resident's history, a session's
attendance sheet (出席簿) and the reports. Pages are laid out as HTML by Qt; each printout
is recorded in the audit trail."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.services import Services

STYLE = ("body { font-size: 10pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; } "
         "table { border-collapse: collapse; } "
         "td, th { border: 1px solid #555; padding: 3px 6px; vertical-align: top; } "
         "th { background: #eee; } .num { text-align: right; } .sign { width: 35%; }")


def table_html(headers: Sequence[str], rows: Sequence[Sequence[str]],
               numeric: Sequence[int] = (), extra_class: dict[int, str] | None = None) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = "num" if i in numeric else (extra_class or {}).get(i, "")
            cells.append(f"<td class='{cls}'>{html.escape(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table width='100%' cellspacing='0'><tr>{head}</tr>{''.join(body)}</table>")


def fields_html(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th align='left' width='30%'>{html.escape(k)}</th>"
                   f"<td style='white-space: pre-wrap'>{html.escape(v)}</td></tr>"
                   for k, v in rows if v)
    return f"<table width='100%' cellspacing='0'>{body}</table>"


def page(title: str, body: str, footer: str = "") -> str:
    return (f"<html><head><style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
            f"{body}<p style='color:#555'>{html.escape(footer)}</p></body></html>")


def document(markup: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc


def show_preview(parent: QWidget | None, doc: QTextDocument, landscape: bool) -> bool:
    """The print preview, from which the user prints. Tests replace this seam."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(doc.print_)
    return bool(dialog.exec())


def print_html(parent: QWidget | None, services: Services, markup: str, what: str, *,
               kind: str | None = None, uuid: str | None = None,
               landscape: bool = False) -> bool:
    """Preview `markup`; when it was printed, record that in the audit trail."""
    if not show_preview(parent, document(markup), landscape):
        return False
    services.note_printed(what, kind, uuid)
    return True
