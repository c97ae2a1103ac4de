"""The knowledge entry form (よくある相談): a topic, the question and answer in Japanese and
in the residents' languages (one tab each), the documents to bring and the organisations
that help."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.jptime import today_local
from app.knowledge import STATUSES, KbEntry, KbText
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from ui.forms.base import RecordForm
from ui.labels import code_language
from ui.widgets import CodeCombo, DateField, NoteEdit

KB_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("KbStatus", "Draft"),
    "published": QT_TRANSLATE_NOOP("KbStatus", "Published"),
}
_DOCUMENT_SEPARATORS = re.compile("[,、，]")


def kb_status_label(code: str) -> str:
    return QCoreApplication.translate("KbStatus", str(KB_STATUS_LABELS.get(code, code)))


def split_documents(text: str) -> list[str]:
    """`在留カード, 印鑑、通帳` → three documents (ASCII, Japanese and full-width commas)."""
    return [part.strip() for part in _DOCUMENT_SEPARATORS.split(text) if part.strip()]


class LanguageTab(QWidget):
    """The question and answer in one language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.question = QLineEdit(self)
        self.answer = NoteEdit(self)
        self.answer.setMinimumHeight(150)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        self.remove = QPushButton(self.tr("Remove this language"), self)
        self.remove.setVisible(language != "ja")  # the Japanese version is always there
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        form.addRow(row)

    def text(self) -> KbText:
        return KbText(self.language, self.question.text(), self.answer.toPlainText())


class KnowledgeForm(RecordForm):
    record_kind = "kb_entry"

    def __init__(self, services: Services, record_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, record_id, parent)
        self.setWindowTitle(self.tr("Knowledge entry") if record_id is None
                            else self.tr("Knowledge entry #%1").replace("%1", str(record_id)))

    def build(self) -> None:
        codes = self.services.codes
        self._loaded = KbEntry()
        self.topic = CodeCombo(codes, "topic", optional=True, parent=self)
        self.add_field("topic", self.tr("Topic"), self.topic)
        self.status = QComboBox(self)
        for code in STATUSES:
            self.status.addItem(kb_status_label(code), code)
        self.add_field("status", self.tr("Status"), self.status)

        texts = QWidget(self)
        column = QVBoxLayout(texts)
        column.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        self.add_language = CodeCombo(codes, "language", optional=True, parent=texts)
        self.add_language.setItemText(0, self.tr("Add language…"))
        self.add_language.setMinimumWidth(180)
        self.add_language.activated.connect(self._language_chosen)
        add_row.addWidget(self.add_language)
        add_row.addStretch(1)
        column.addLayout(add_row)
        self.tabs = QTabWidget(texts)
        self.tabs.setMinimumHeight(280)
        column.addWidget(self.tabs)
        self.add_field("texts", self.tr("Question and answer"), texts)
        self.add_text("ja")

        self.documents = QLineEdit(self)
        self.documents.setPlaceholderText(self.tr("For example: 在留カード, マイナンバーカード"))
        self.add_field("documents", self.tr("Documents to bring"), self.documents)
        self.organisations = QListWidget(self)
        for oid, name, _kind in self.services.directory.organisations():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, oid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.organisations.addItem(item)
        rows = min(max(self.organisations.count(), 2), 6)  # the spare height goes to the texts
        self.organisations.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 12)
        self.organisations.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Fixed)
        self.add_field("organisation_ids", self.tr("Organisations that help"),
                       self.organisations)
        self.reviewed_on = DateField(self)
        self.reviewed_on.set_value(today_local().isoformat())  # writing it is reviewing it
        self.add_field("reviewed_on", self.tr("Last reviewed"), self.reviewed_on)

    # -- the language tabs
    def text_tabs(self) -> list[LanguageTab]:
        return [tab for i in range(self.tabs.count())
                if isinstance(tab := self.tabs.widget(i), LanguageTab)]

    def languages(self) -> list[str]:
        return [tab.language for tab in self.text_tabs()]

    def add_text(self, language: str) -> LanguageTab:
        """The tab for `language`, added when it is not there yet."""
        for tab in self.text_tabs():
            if tab.language == language:
                self.tabs.setCurrentWidget(tab)
                return tab
        tab = LanguageTab(language, self.tabs)
        tab.remove.clicked.connect(lambda _c=False, t=tab: self.remove_text(t.language))
        label = self.services.codes.label("language", language, code_language())
        self.tabs.addTab(tab, label)
        self.tabs.setCurrentWidget(tab)
        return tab

    def remove_text(self, language: str) -> None:
        if language == "ja":
            return
        for tab in self.text_tabs():
            if tab.language == language:
                self.tabs.removeTab(self.tabs.indexOf(tab))
                tab.deleteLater()

    def _language_chosen(self, _index: int) -> None:
        language = self.add_language.code()
        self.add_language.setCurrentIndex(0)
        if language and self.services.codes.has("language", language):
            self.add_text(language).question.setFocus()

    # -- RecordForm
    def load(self, record_id: int) -> None:
        entry = self.services.knowledge.get(record_id)
        self._loaded = entry
        self.topic.set_code(entry.topic)
        self.status.setCurrentIndex(max(self.status.findData(entry.status), 0))
        for text in entry.texts:
            tab = self.add_text(text.language)
            tab.question.setText(text.question)
            tab.answer.setPlainText(text.answer)
        self.tabs.setCurrentIndex(0)
        self.documents.setText(", ".join(entry.documents))
        chosen = set(entry.organisation_ids)
        for i in range(self.organisations.count()):
            item = self.organisations.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.reviewed_on.set_value(entry.reviewed_on)

    def collect(self) -> KbEntry:
        checked = [int(self.organisations.item(i).data(Qt.ItemDataRole.UserRole))
                   for i in range(self.organisations.count())
                   if self.organisations.item(i).checkState() == Qt.CheckState.Checked]
        return KbEntry(
            topic=self.topic.code() or "", status=str(self.status.currentData()),
            texts=[tab.text() for tab in self.text_tabs()],
            organisation_ids=sorted(checked), documents=split_documents(self.documents.text()),
            reviewed_on=self.reviewed_on.value(), reviewed_by=self._loaded.reviewed_by,
            source_town=self._loaded.source_town, id=self.record_id, uuid=self._loaded.uuid)

    def store(self, record: KbEntry) -> int:
        if record.reviewed_on != self._loaded.reviewed_on:
            record.reviewed_by = self.services.store.user
        return self.services.knowledge.save(record)

    def remove(self, record_id: int) -> None:
        self.services.knowledge.delete(record_id)
