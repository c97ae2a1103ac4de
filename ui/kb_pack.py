"""Knowledge packs from the window (also `madoguchi kb`): export the published entries for
another town, or import a town's pack after a preview of what is new and what changed. An
import is all or nothing, with a backup first; never residents, never notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import kbpack
from app.errors import MadoguchiError
from app.services import Services
from ui import file_dialogs
from ui.labels import error_text


def confirm(parent: QWidget | None, preview: kbpack.PackPreview) -> bool:
    """The preview, and Import or Cancel. Tests replace this."""
    counts = preview.counts()
    text = (QCoreApplication.translate(
        "KnowledgePack", "Knowledge pack from %1: %2 new, %3 changed, %4 already here; "
        "%5 organisations to add. Import it?")
        .replace("%1", preview.town or "?").replace("%2", str(counts["new"]))
        .replace("%3", str(counts["changed"])).replace("%4", str(counts["unchanged"]))
        .replace("%5", str(len(preview.new_organisations))))
    details = "\n".join(f"+ {' '.join(i.question.split())}" for i in preview.new[:30])
    box = QMessageBox(QMessageBox.Icon.Question, "Madoguchi", text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                      parent)
    if details:
        box.setDetailedText(details)
    return box.exec() == QMessageBox.StandardButton.Ok


def choose_pack(parent: QWidget) -> str:
    """Seam for tests."""
    return file_dialogs.open_file(parent, QCoreApplication.translate(
        "KnowledgePack", "Import a knowledge pack"), "JSON (*.json)", "kbpack")


def choose_target(parent: QWidget) -> str:
    """Seam for tests."""
    return file_dialogs.save_file(parent, QCoreApplication.translate(
        "KnowledgePack", "Export a knowledge pack"), "knowledge-pack.json", "JSON (*.json)",
        "kbpack")


def import_pack(parent: QWidget, services: Services) -> bool:
    chosen = choose_pack(parent)
    if not chosen:
        return False
    try:
        data = kbpack.load_pack(Path(chosen))
        preview = services.kb_packs.preview(data)
        if not confirm(parent, preview):
            return False
        services.kb_packs.import_pack(
            data, backup=lambda: services.backups.make("before-import"))
    except MadoguchiError as exc:
        QMessageBox.warning(parent, "Madoguchi", error_text(exc))
        return False
    return True


def export_pack(parent: QWidget, services: Services) -> bool:
    chosen = choose_target(parent)
    if not chosen:
        return False
    try:
        count = services.kb_packs.export_pack(Path(chosen))
    except MadoguchiError as exc:
        QMessageBox.warning(parent, "Madoguchi", error_text(exc))
        return False
    QMessageBox.information(parent, "Madoguchi", QCoreApplication.translate(
        "KnowledgePack", "%1 published entries were written to %2.")
        .replace("%1", str(count)).replace("%2", chosen))
    return True
