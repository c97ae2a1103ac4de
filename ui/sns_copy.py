""""Copy for SNS": an answer for Messenger, Zalo or LINE in the resident's language, with
the documents to bring and the organisations that help. When the entry has no text in that
language the user is told so and chooses one of the languages it has; it is never silently
sent in Japanese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.errors import MadoguchiError
from app.knowledge import NoTextInLanguage
from app.languages import EASY_JAPANESE
from app.marks import QT_TRANSLATE_NOOP
from app.services import Services
from ui import i18n
from ui.labels import code_language, error_text

CONTEXT = "SnsCopy"
DOCUMENTS = QT_TRANSLATE_NOOP("SnsCopy", "Documents to bring:")
ORGANISATIONS = QT_TRANSLATE_NOOP("SnsCopy", "Organisations that help:")
# Headings of an easy-Japanese copy: plain words in hiragana, without furigana.
EASY_HEADINGS = {DOCUMENTS: "もっていくもの：", ORGANISATIONS: "そうだんできるところ："}


def heading(language: str, source: str) -> str:
    if language == EASY_JAPANESE:
        return EASY_HEADINGS[source]
    return i18n.translate_in(language, CONTEXT, source)


def sns_text(services: Services, entry_id: int, language: str) -> str:
    """The text, with its headings in the resident's language (not the window's)."""
    return services.knowledge.sns_text(
        entry_id, language,
        documents_heading=heading(language, DOCUMENTS),
        organisations_heading=heading(language, ORGANISATIONS))


def choose_language(parent: QWidget | None, wanted: str, available: list[str],
                    services: Services) -> str | None:
    """Ask which of the entry's languages to copy instead. Tests replace this."""
    codes, shown = services.codes, code_language()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SnsCopy", "Copy for SNS"))
    box.setText(QCoreApplication.translate(
        "SnsCopy", "This answer has no text in %1 yet. Copy it in another language?")
        .replace("%1", codes.label("language", wanted, shown)))
    buttons: dict[QPushButton, str] = {}
    for code in available:
        button = box.addButton(codes.label("language", code, shown),
                               QMessageBox.ButtonRole.AcceptRole)
        buttons[button] = code
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((code for button, code in buttons.items() if button is clicked), None)


def copy_for_sns(parent: QWidget, services: Services, entry_id: int, language: str) -> bool:
    """Put the answer on the clipboard; False when nothing was copied."""
    try:
        text = sns_text(services, entry_id, language)
    except NoTextInLanguage as missing:
        other = choose_language(parent, language, missing.languages, services)
        if other is None:
            return False
        text = sns_text(services, entry_id, other)
    except MadoguchiError as exc:
        QMessageBox.warning(parent, "Madoguchi", error_text(exc))
        return False
    QApplication.clipboard().setText(text)
    return True


