"""Knowledge (よくある相談): the common questions and how to answer them. Search in any
language, read an entry in the resident's language, and copy it for Messenger, Zalo or LINE."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MadoguchiError
from app.knowledge import KbEntry, KbRow
from app.languages import text_language_of_ui
from app.services import Services
from ui import kb_pack
from ui.forms.knowledge import KnowledgeForm, kb_status_label
from ui.labels import code_language, error_text
from ui.sns_copy import copy_for_sns
from ui.widgets import CodeCombo

SEARCH_DELAY_MS = 250
QUESTION = 2  # the column that gets the most room
QUESTION_WIDTH = 380
MAX_COLUMN = 150
DUE_COLOUR = "#b00020"


class KnowledgePage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[KbRow] = []
        self.entry: KbEntry | None = None
        self._show_next: int | None = None  # an entry just saved: select it
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search questions and answers, in any language"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        bar.addWidget(self.search, 1)
        self.topic = CodeCombo(services.codes, "topic", optional=True, parent=self)
        self.topic.setItemText(0, self.tr("Any topic"))
        self.topic.setMinimumWidth(160)
        self.topic.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.topic)
        self.show_drafts = QCheckBox(self.tr("Show drafts"), self)
        self.show_drafts.setChecked(True)
        self.show_drafts.toggled.connect(lambda _c: self.refresh())
        bar.addWidget(self.show_drafts)
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label)
        new = QPushButton(self.tr("New entry…"), self)
        new.setToolTip(self.tr("New knowledge entry (Ctrl+N)"))
        new.clicked.connect(self.new_record)
        bar.addWidget(new)
        packs = QToolButton(self)
        packs.setText(self.tr("Knowledge packs"))
        packs.setToolTip(self.tr("Share the published entries with another town, or take "
                                 "theirs in"))
        packs.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(packs)
        menu.addAction(self.tr("Import a knowledge pack…"), self.import_pack)
        menu.addAction(self.tr("Export a knowledge pack…"),
                       lambda: kb_pack.export_pack(self, self.services))
        packs.setMenu(menu)
        bar.addWidget(packs)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 7, splitter)
        self.table.setHorizontalHeaderLabels([
            self.tr("Topic"), self.tr("Status"), self.tr("Question"), self.tr("Languages"),
            self.tr("Last reviewed"), self.tr("Used"), self.tr("Review")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit())

        detail = QWidget(splitter)
        column = QVBoxLayout(detail)
        column.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel(detail)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Language"), detail))
        self.language = QComboBox(detail)
        self.language.setMinimumWidth(140)
        self.language.currentIndexChanged.connect(lambda _i: self._show_text())
        top.addWidget(self.language)
        column.addLayout(top)
        self.text = QTextBrowser(detail)
        self.text.setOpenLinks(False)
        column.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy for SNS"), detail)
        self.copy_button.setToolTip(self.tr(
            "Copy the question and answer in the chosen language, as plain text for "
            "Messenger, Zalo or LINE"))
        self.copy_button.clicked.connect(self.copy_for_sns)
        self.edit_button = QPushButton(self.tr("Edit…"), detail)
        self.edit_button.clicked.connect(self.edit)
        self.review_button = QPushButton(self.tr("Mark reviewed"), detail)
        self.review_button.setToolTip(self.tr("The answer is still right: record today as "
                                              "its review date"))
        self.review_button.clicked.connect(self.mark_reviewed)
        for button in (self.copy_button, self.edit_button, self.review_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.note = QLabel(detail)
        column.addWidget(self.note)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout.addWidget(splitter, 1)
        self.refresh()

    # -- seams for tests
    def open_form(self, entry_id: int | None) -> bool:
        """Edit (or create, with None) an entry; True when it was saved or deleted."""
        form = KnowledgeForm(self.services, entry_id, self)
        form.saved.connect(self._saved)
        return bool(form.launch())

    def _saved(self, entry_id: int) -> None:
        self._show_next = entry_id

    # -- the list
    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.table.selectionModel().hasSelection():
            return self.rows[row].id
        return None

    def refresh(self) -> None:
        self._search_timer.stop()
        if self.services.store.closed:  # the window is going after a change of user
            return
        keep, self._show_next = self._show_next or self.selected_id(), None
        language = text_language_of_ui(code_language())
        try:
            self.rows = self.services.knowledge.entries(
                language, topic=self.topic.code(), query=self.search.text(),
                published_only=not self.show_drafts.isChecked())
        except MadoguchiError as exc:
            self.rows = []
            self.note.setText(error_text(exc))
        codes = self.services.codes
        header = self.table.horizontalHeader()
        due = QBrush(QColor(DUE_COLOUR))
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (codes.label("topic", row.topic, language), kb_status_label(row.status),
                     row.question,
                     ", ".join(codes.label("language", c, language)
                               for c in sorted(row.languages, key=lambda c: c != "ja")),
                     row.reviewed_on or "",
                     str(row.used), self.tr("Due") if row.needs_review else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c == 6 and row.needs_review:
                    item.setForeground(due)
                    item.setToolTip(self.tr("Not reviewed for a year: check the answer is "
                                            "still right"))
                if c == 1 and row.status == "draft":
                    item.setForeground(QBrush(QColor("#777777")))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        for column in range(self.table.columnCount()):
            # The question gets the room it needs first (a stretched column got what the
            # others left: "Làm t…" in Vietnamese); the rest scrolls into view.
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column),
                                             QUESTION_WIDTH if column == QUESTION
                                             else MAX_COLUMN))
        self.count_label.setText(self.tr("%Ln entries", "", len(self.rows)))
        ids = [row.id for row in self.rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            first = self.table.item(ids.index(keep), 0)
            if first is not None:
                self.table.scrollToItem(first)
        elif ids:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        entry_id = self.selected_id()
        self.entry = None
        if entry_id is not None:
            try:
                self.entry = self.services.knowledge.get(entry_id)
            except MadoguchiError as exc:
                self.note.setText(error_text(exc))
        self._show_entry()

    # -- the detail pane
    def _show_entry(self) -> None:
        entry = self.entry
        for button in (self.copy_button, self.edit_button, self.review_button):
            button.setEnabled(entry is not None)
        self.note.setText("")
        wanted = self.language.currentData() or text_language_of_ui(code_language())
        self.language.blockSignals(True)
        self.language.clear()
        if entry is not None:
            for text in entry.texts:
                self.language.addItem(
                    self.services.codes.label("language", text.language, code_language()),
                    text.language)
            index = self.language.findData(wanted)
            self.language.setCurrentIndex(index if index >= 0 else 0)
        self.language.blockSignals(False)
        self.language.setEnabled(entry is not None)
        if entry is None:
            self.heading.setText(self.tr("No entry chosen") if not self.rows
                                 else "")
            self.text.clear()
            return
        topic = self.services.codes.label("topic", entry.topic, code_language())
        self.heading.setText(f"{topic} — {kb_status_label(entry.status)}")
        self._show_text()

    def _show_text(self) -> None:
        entry = self.entry
        if entry is None:
            return
        text = entry.text(str(self.language.currentData() or "ja"))
        if text is None:
            self.text.clear()
            return
        parts = [f"<p><b>{html.escape(text.question)}</b></p>",
                 f"<p style='white-space: pre-wrap'>{html.escape(text.answer)}</p>"]
        if entry.documents:
            heading = self.tr("Documents to bring:")
            parts.append(f"<p><b>{html.escape(heading)}</b> "
                         f"{html.escape('、'.join(entry.documents))}</p>")
        if entry.organisation_ids:
            names = {oid: name for oid, name, _k in self.services.directory.organisations()}
            orgs = [names[o] for o in entry.organisation_ids if o in names]
            heading = self.tr("Organisations that help:")
            parts.append(f"<p><b>{html.escape(heading)}</b> "
                         f"{html.escape('、'.join(orgs))}</p>")
        if not entry.reviewed_on:
            reviewed = self.tr("Never reviewed")
        elif entry.reviewed_by:
            reviewed = (self.tr("Last reviewed %1 by %2").replace("%1", entry.reviewed_on)
                        .replace("%2", entry.reviewed_by))
        else:
            reviewed = self.tr("Last reviewed %1").replace("%1", entry.reviewed_on)
        if entry.source_town:
            reviewed += " · " + self.tr("From %1").replace("%1", entry.source_town)
        parts.append(f"<p style='color: #666'>{html.escape(reviewed)}</p>")
        self.text.setHtml("".join(parts))

    # -- actions
    def copy_for_sns(self) -> None:
        if self.entry is None or self.entry.id is None:
            return
        language = str(self.language.currentData() or "ja")
        copied = copy_for_sns(self, self.services, self.entry.id, language)
        if copied:
            self.note.setText(self.tr("Copied"))

    def import_pack(self) -> bool:
        if kb_pack.import_pack(self, self.services):
            self.refresh()
            return True
        return False

    def edit(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None and self.open_form(entry_id):
            self.refresh()

    def new_record(self) -> None:
        """Ctrl+N on this page."""
        if not self.open_form(None):
            return
        new_id = self._show_next
        self.refresh()
        if new_id is not None and self.selected_id() != new_id:
            # Filtered out (a draft, another topic): show everything so it can be seen.
            self._show_next = new_id
            for signal_owner in (self.search, self.topic, self.show_drafts):
                signal_owner.blockSignals(True)
            self.search.clear()
            self.topic.setCurrentIndex(0)
            self.show_drafts.setChecked(True)
            for signal_owner in (self.search, self.topic, self.show_drafts):
                signal_owner.blockSignals(False)
            self.refresh()

    def mark_reviewed(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        try:
            self.services.knowledge.mark_reviewed(entry_id)
        except MadoguchiError as exc:
            self.note.setText(error_text(exc))
            return
        self.refresh()
        self.note.setText(self.tr("Marked as reviewed today"))
